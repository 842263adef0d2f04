extension StatementScanner {
    /// `::` casts, `:=`, and variable references outside quotes.
    ///
    /// `:name` is replaced by its value, which is then scanned as input (so it
    /// may hold whole statements); `:'name'` and `:"name"` insert the quoted
    /// value without scanning it; `:{?name}` becomes `TRUE` or `FALSE`. An
    /// unknown variable is left as written, and a variable that refers to
    /// itself is not expanded again.
    mutating func scanColon(variables: (String) -> String?) {
        let next = input.peek(1)
        if next == UInt8(ascii: ":") || next == UInt8(ascii: "=") {
            take(2)
            return
        }
        guard let reference = VariableReference.parse(input.bytes, at: input.position) else {
            take(1)
            return
        }
        switch reference.form {
        case .existenceTest:
            query.append(contentsOf: (variables(reference.name) == nil ? "FALSE" : "TRUE").utf8)
            input.position += reference.length
        case .literal, .identifier:
            let quoting: VariableQuoting = reference.form == .literal ? .literal : .identifier
            guard let value = variables(reference.name), let quoted = quoting.quote(value) else {
                take(reference.length)
                return
            }
            query.append(contentsOf: quoted.utf8)
            input.position += reference.length
        case .plain:
            guard let value = variables(reference.name) else {
                take(reference.length)
                return
            }
            if input.isExpanding(reference.name) {
                warnings.append("skipping recursive expansion of variable \"\(reference.name)\"")
                take(reference.length)
                return
            }
            input.position += reference.length
            input.push(value: Array(value.utf8), variableName: reference.name)
        }
    }
}
