import Foundation
import Testing

@testable import Shell

/// `PathText` gives the results of the `NSString` path methods it replaces.
@Suite struct PathTextTests {
    @Test(arguments: ["a/b/c", "/a", "/", "", "a/b/", "//a//b//", "./x.sql", "../s/t.sql", "/tmp/dir/"])
    func deletingLastComponentMatchesNSString(path: String) {
        #expect(PathText.deletingLastComponent(path) == (path as NSString).deletingLastPathComponent)
    }

    /// NSString traps on a single relative component; its documented answer is empty.
    @Test func deletingTheOnlyRelativeComponentLeavesNothing() {
        #expect(PathText.deletingLastComponent("a") == "")
        #expect(PathText.deletingLastComponent("a/") == "")
    }

    @Test(arguments: ["~", "~/", "~/a//b/", "~/a//", "~//", "plain/~", "/abs", "~root/x", "~no-such-user-dsql/x"])
    func expandingTildeMatchesNSString(path: String) {
        #expect(PathText.expandingTilde(path) == (path as NSString).expandingTildeInPath)
    }
}
