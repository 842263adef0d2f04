import Glibc

extension Session {
    /// psql's single-step mode (`-s`, SINGLESTEP): shows the statement and waits for Enter;
    /// `x` cancels it. False when the statement is not to be sent.
    ///
    /// As psql 15 does, the answer is read from standard input (two bytes at most per
    /// question, like its `fgets` into a three-byte buffer) and the banner goes to stdout.
    func confirmSingleStep(_ sql: String) -> Bool {
        errors.flush()
        standardOutput.write(
            """
            ***(Single step mode: verify command)*******************************************
            \(sql)
            ***(press return to proceed or enter x and return to cancel)********************

            """)
        standardOutput.flush()
        var answer: [UInt8] = []
        var byte: UInt8 = 0
        while answer.count < 2, read(STDIN_FILENO, &byte, 1) == 1 {
            answer.append(byte)
            if byte == UInt8(ascii: "\n") { break }
        }
        return answer.first != UInt8(ascii: "x")
    }
}
