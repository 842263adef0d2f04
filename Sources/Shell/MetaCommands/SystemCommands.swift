import FoundationEssentials
import Glibc
import SystemSupport

/// `\cd`, `\copyright`, `\encoding`, `\errverbose`, `\s`, `\w`.
enum SystemCommands {
    static let all = [
        MetaCommand(names: ["cd"], usage: "\\cd [DIR]", summary: "change the current working directory") { invocation in
            let directory =
                invocation.argument(stripSemicolons: true)
                ?? HomeDirectory.current ?? "/"
            guard chdir(directory) == 0 else {
                let reason = String(cString: strerror(errno))
                return invocation.fail(
                    "\\\(invocation.name): could not change directory to \"\(directory)\": \(reason)")
            }
            return .done
        },
        MetaCommand(names: ["copyright"], usage: "\\copyright", summary: "show PostgreSQL usage and distribution terms")
        { invocation in
            invocation.session.standardOutput.write(copyright)
            invocation.session.standardOutput.flush()
            return .done
        },
        MetaCommand(names: ["encoding"], usage: "\\encoding [ENCODING]", summary: "show or set client encoding") {
            invocation in
            let session = invocation.session
            guard let name = invocation.argument() else {
                session.standardOutput.write(session.connection.clientEncoding + "\n")
                session.standardOutput.flush()
                return .done
            }
            guard session.connection.setClientEncoding(name) else {
                return invocation.fail("\(name): invalid encoding name or conversion procedure not found")
            }
            try? session.variables.set("ENCODING", to: session.connection.clientEncoding)
            return .done
        },
        MetaCommand(
            names: ["errverbose"], usage: "\\errverbose", summary: "show most recent error message at maximum verbosity"
        ) { invocation in
            let session = invocation.session
            guard let error = session.lastError else {
                session.standardOutput.write("There is no previous error.\n")
                session.standardOutput.flush()
                return .done
            }
            var text = error.verboseFormatted
            if text.hasSuffix("\n") { text.removeLast() }
            session.reportOwnError(text)
            return .done
        },
        MetaCommand(names: ["s"], usage: "\\s [FILE]", summary: "display history or save it to file") { invocation in
            let file = invocation.argument(stripSemicolons: true).map { PathText.expandingTilde($0) }
            let session = invocation.session
            // As psql: without a line editor there is no history, and the command fails quietly.
            guard let entries = invocation.loop.source.historyEntries else {
                if file == nil { session.standardOutput.write("\n") }
                session.standardOutput.flush()
                return .failed
            }
            let text = entries.map { $0 + "\n" }.joined()
            guard let file else {
                session.showPaged(text)
                session.standardOutput.write("\n")
                session.standardOutput.flush()
                return .done
            }
            do {
                let sink = try FileSink.open(target: file)
                sink.write(text)
                sink.close()
            } catch {
                return invocation.fail("could not save history to file \"\(file)\": \(error)")
            }
            invocation.say("Wrote history to file \"\(file)\".")
            return .done
        },
        MetaCommand(
            names: ["w", "write"], usage: "\\w FILE", summary: "write query buffer to file",
            inactiveArguments: .filePipe
        ) { invocation in
            guard let target = invocation.argument(.filePipe, stripSemicolons: true) else {
                return invocation.fail("\\\(invocation.name): missing required argument")
            }
            let buffer = invocation.loop.scanner.queryBuffer
            let text = buffer.isEmpty ? (invocation.session.previousQuery ?? "") : buffer
            let sink: FileSink
            do {
                sink = try FileSink.open(target: target)
            } catch {
                return invocation.fail("\(error)")
            }
            if !text.isEmpty { sink.write(text + "\n") }
            sink.flush()
            let failed = sink.takeUnreportedFailure()
            sink.close()
            if let failed { return invocation.fail(failed) }
            return .done
        },
    ]

    /// psql's `\copyright` text.
    static let copyright = """
        PostgreSQL Database Management System
        (also known as Postgres, formerly known as Postgres95)

        Portions Copyright (c) 1996-2022, PostgreSQL Global Development Group

        Portions Copyright (c) 1994, The Regents of the University of California

        Permission to use, copy, modify, and distribute this software and its
        documentation for any purpose, without fee, and without a written agreement
        is hereby granted, provided that the above copyright notice and this
        paragraph and the following two paragraphs appear in all copies.

        IN NO EVENT SHALL THE UNIVERSITY OF CALIFORNIA BE LIABLE TO ANY PARTY FOR
        DIRECT, INDIRECT, SPECIAL, INCIDENTAL, OR CONSEQUENTIAL DAMAGES, INCLUDING
        LOST PROFITS, ARISING OUT OF THE USE OF THIS SOFTWARE AND ITS
        DOCUMENTATION, EVEN IF THE UNIVERSITY OF CALIFORNIA HAS BEEN ADVISED OF THE
        POSSIBILITY OF SUCH DAMAGE.

        THE UNIVERSITY OF CALIFORNIA SPECIFICALLY DISCLAIMS ANY WARRANTIES,
        INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY
        AND FITNESS FOR A PARTICULAR PURPOSE.  THE SOFTWARE PROVIDED HEREUNDER IS
        ON AN "AS IS" BASIS, AND THE UNIVERSITY OF CALIFORNIA HAS NO OBLIGATIONS TO
        PROVIDE MAINTENANCE, SUPPORT, UPDATES, ENHANCEMENTS, OR MODIFICATIONS.


        """
}
