/// Turns a readline-style prompt (invisible spans between \001 and \002) into what
/// libedit's `EL_PROMPT_ESC` with delimiter \001 expects.
///
/// libedit 3.1 drops an invisible span that ends the prompt ("XXX: We lose" in its
/// `prompt_print`), so a colour reset after `=> ` would never be sent. Such trailing
/// spans are moved in front of the last visible character, which for psql-style
/// prompts is the final space.
enum PromptText {
    /// The libedit form of `prompt`.
    static func libeditPrompt(_ prompt: String) -> String {
        var segments: [(text: String, invisible: Bool)] = []
        var current = ""
        var invisible = false
        for scalar in prompt.unicodeScalars {
            if scalar == "\u{01}" || (scalar == "\u{02}" && invisible) {
                segments.append((current, invisible))
                current = ""
                invisible = scalar == "\u{01}"
            } else if scalar != "\u{02}" {
                current.unicodeScalars.append(scalar)
            }
        }
        segments.append((current, invisible))
        segments.removeAll { $0.text.isEmpty }

        var trailing = ""
        while let last = segments.last, last.invisible {
            trailing = last.text + trailing
            segments.removeLast()
        }
        guard !trailing.isEmpty, let last = segments.popLast() else {
            return render(segments)
        }
        var visible = last.text
        let finalCharacter = visible.removeLast()
        segments.append((visible, false))
        segments.append((trailing, true))
        segments.append((String(finalCharacter), false))
        return render(segments)
    }

    private static func render(_ segments: [(text: String, invisible: Bool)]) -> String {
        segments.map { $0.invisible ? "\u{01}" + $0.text + "\u{01}" : $0.text }.joined()
    }
}
