import SQLScanner

/// `\if`, `\elif`, `\else`, `\endif`.
enum ConditionalCommands {
    static let all = [
        MetaCommand(names: ["if"], usage: "\\if EXPR", summary: "begin conditional block", isConditional: true) {
            invocation in
            let loop = invocation.loop
            let condition = loop.conditionals.evaluatesNextIf ? expression(&invocation) : skip(&invocation)
            loop.conditionals.beginIf(
                condition, queryLength: loop.scanner.queryBufferLength,
                parenthesisDepth: loop.scanner.parenthesisDepth)
            return .done
        },
        MetaCommand(
            names: ["elif"], usage: "\\elif EXPR", summary: "alternative within current conditional block",
            isConditional: true
        ) { invocation in
            let loop = invocation.loop
            let condition = loop.conditionals.evaluatesNextElif ? expression(&invocation) : skip(&invocation)
            do throws(ConditionalError) {
                let action = try loop.conditionals.elif(
                    condition, queryLength: loop.scanner.queryBufferLength,
                    parenthesisDepth: loop.scanner.parenthesisDepth)
                apply(action, to: loop)
            } catch {
                return invocation.fail(error.message)
            }
            return .done
        },
        MetaCommand(
            names: ["else"], usage: "\\else", summary: "final alternative within current conditional block",
            isConditional: true
        ) { invocation in
            invocation.discardArguments()
            let loop = invocation.loop
            do throws(ConditionalError) {
                apply(
                    try loop.conditionals.else(
                        queryLength: loop.scanner.queryBufferLength,
                        parenthesisDepth: loop.scanner.parenthesisDepth), to: loop)
            } catch {
                return invocation.fail(error.message)
            }
            return .done
        },
        MetaCommand(names: ["endif"], usage: "\\endif", summary: "end conditional block", isConditional: true) {
            invocation in
            invocation.discardArguments()
            do throws(ConditionalError) {
                apply(try invocation.loop.conditionals.endIf(), to: invocation.loop)
            } catch {
                return invocation.fail(error.message)
            }
            return .done
        },
    ]

    /// Reads and evaluates a Boolean expression; nil (false) when it is not one, after saying so.
    private static func expression(_ invocation: inout MetaInvocation) -> Bool? {
        let text = invocation.arguments().joined(separator: " ")
        do {
            return try VariableValueParser.parseBoolean(text, name: "\\\(invocation.name) expression")
        } catch {
            invocation.session.reportOwnError(error.message)
            return nil
        }
    }

    private static func skip(_ invocation: inout MetaInvocation) -> Bool? {
        invocation.discardArguments()
        return nil
    }

    private static func apply(_ action: ConditionalStack.QueryTextAction, to loop: MainLoop) {
        if case .restore(let length, let depth) = action {
            loop.scanner.restoreQueryBuffer(length: length, parenthesisDepth: depth)
        }
    }
}
