import Foundation
import Testing

@testable import Shell

/// `NumberText` prints what C's printf (through Foundation's `String(format:)`) prints.
@Suite struct NumberTextTests {
    static let samples: [Double] = [
        0, 0.0004, 0.0005, 0.0015, 0.125, 0.5, 0.9995, 1, 1.2345, 2.5, 9.9996, 59.9995, 123.4565,
        1_000.0005, 65_432.1, 3_600_000.25, 1e12 + 0.0005, 4.35, 0.1 + 0.2,
    ]

    @Test(arguments: samples)
    func fixedMatchesPrintf(value: Double) {
        #expect(NumberText.fixed(value, decimals: 3) == String(format: "%.3f", value))
        #expect(NumberText.fixed(value, decimals: 1) == String(format: "%.1f", value))
        #expect(NumberText.fixed(value, decimals: 3, width: 6) == String(format: "%06.3f", value))
        #expect(NumberText.fixed(-value, decimals: 3) == String(format: "%.3f", -value))
    }

    @Test func fixedMatchesPrintfOnRandomTimings() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let value = Double.random(in: 0..<100_000, using: &generator)
            #expect(NumberText.fixed(value, decimals: 3) == String(format: "%.3f", value))
        }
        for thousandths in 0..<20_000 {
            let value = Double(thousandths) / 1000 + 0.0005
            #expect(NumberText.fixed(value, decimals: 3) == String(format: "%.3f", value))
        }
    }

    @Test(arguments: [
        2, 0.5, 1.5, 10, 0.25, 100_000, 999_999, 1_000_000, 1_234_567, 0.0001, 0.00001234, 1e-7,
        3.14159265, 2.0000004, 123_456.7, 86_400 * 365.25,
    ])
    func generalMatchesPrintf(value: Double) {
        #expect(NumberText.general(value) == String(format: "%g", value))
    }

    @Test func timingLinesKeepPsqlsShape() {
        #expect(TimingText.render(milliseconds: 0.512) == "Time: 0.512 ms\n")
        #expect(TimingText.render(milliseconds: 61_234.5678) == "Time: 61234.568 ms (01:01.235)\n")
        #expect(TimingText.render(milliseconds: 3_725_004) == "Time: 3725004.000 ms (01:02:05.004)\n")
    }
}
