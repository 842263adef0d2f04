/// What PostgreSQL's text output of a type can hold, so formatters can skip checks
/// that cannot fail for it.
enum TypeText {
    /// Whether every value of the type prints as ASCII letters, digits, spaces and
    /// `+-:./` only, so never needs CSV quoting (unless the separator is one of those),
    /// JSON escaping or UTF-8 cleaning.
    ///
    /// True for the integers, float4/8, numeric (`NaN`, `Infinity` included), bool,
    /// uuid, and date, time, timetz, timestamp and timestamptz in every DateStyle:
    /// `2024-03-26 14:54:29+05:30`, `03/26/2024 14:54:29 PST`,
    /// `Tue Mar 26 14:54:29 2024 PST`, `26.03.2024`, `infinity`, `… BC`; time zone
    /// abbreviations are letters, digits, `+` and `-`.
    static func isPlain(typeOID: UInt32) -> Bool {
        switch typeOID {
        case 16, 20, 21, 23, 26, 700, 701, 1700, 1082, 1083, 1114, 1184, 1266, 2950: true
        default: false
        }
    }

    /// Whether `byte` can appear in the text of a type `isPlain` accepts.
    static func mayAppearInPlainText(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: " "), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "."),
            UInt8(ascii: "/"):
            true
        default:
            false
        }
    }

    /// Whether every value of the type is a JSON number: int2, int4, int8 and oid print
    /// as an optional minus and digits without a leading zero.
    static func isInteger(typeOID: UInt32) -> Bool {
        switch typeOID {
        case 20, 21, 23, 26: true
        default: false
        }
    }
}
