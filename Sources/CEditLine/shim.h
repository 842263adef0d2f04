// Shims for libedit: el_set, el_get and history are variadic and cannot be called
// from Swift. Each shim fixes one request code and its argument types, so the Swift
// side (module LineEditing) sees ordinary, typed C functions.
#ifndef DSQL_CEDITLINE_SHIM_H
#define DSQL_CEDITLINE_SHIM_H
#include <stdio.h>
#include <wchar.h>
#include <histedit.h>

/// Prompt callback: returns the prompt text, owned by the caller's context.
typedef char *(*dsql_el_prompt_fn)(EditLine *);
/// Editor function (EL_ADDFN): returns one of the CC_* codes.
typedef unsigned char (*dsql_el_command_fn)(EditLine *, int);
/// Character reader (EL_GETCFN): 1 = one character, 0 = end of input, -1 = error.
typedef int (*dsql_el_getc_fn)(EditLine *, wchar_t *);

/// Columns a wide character takes on the terminal (wcwidth(3); declared here because
/// glibc hides it behind _XOPEN_SOURCE).
extern int wcwidth(wchar_t c);
static inline int dsql_wcwidth(wchar_t c) {
    return wcwidth(c);
}

// MARK: - el_set / el_get

/// el_set(EL_PROMPT_ESC): prompt function; characters between two `delimiter`s are
/// terminal escapes that take no screen width (readline's \001…\002).
static inline int dsql_el_set_prompt_esc(EditLine *el, dsql_el_prompt_fn fn, char delimiter) {
    return el_set(el, EL_PROMPT_ESC, fn, delimiter);
}

/// el_set(EL_PROMPT): prompt function without invisible-sequence support.
static inline int dsql_el_set_prompt(EditLine *el, dsql_el_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}

/// el_set(EL_EDITOR): "emacs" or "vi".
static inline int dsql_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/// el_set(EL_TERMINAL): terminal type for termcap lookups (like TERM).
static inline int dsql_el_set_terminal(EditLine *el, const char *type) {
    return el_set(el, EL_TERMINAL, type);
}

/// el_set(EL_SIGNAL): 1 lets libedit install its own handlers while reading.
static inline int dsql_el_set_signal(EditLine *el, int flag) {
    return el_set(el, EL_SIGNAL, flag);
}

/// el_set(EL_EDITMODE): 0 disables editing (plain line reading).
static inline int dsql_el_set_editmode(EditLine *el, int flag) {
    return el_set(el, EL_EDITMODE, flag);
}

/// el_set(EL_HIST, history, h): use `h` for up/down and searches.
static inline int dsql_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

/// el_set(EL_ADDFN): register a named editor function.
static inline int dsql_el_add_function(EditLine *el, const char *name, const char *help, dsql_el_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

/// el_set(EL_BIND, key, function, NULL): bind a key sequence to a function name.
static inline int dsql_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}

/// el_set(EL_CLIENTDATA): opaque pointer handed back to callbacks.
static inline int dsql_el_set_client_data(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

/// el_get(EL_CLIENTDATA): the pointer stored by dsql_el_set_client_data, or NULL.
static inline void *dsql_el_get_client_data(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) {
        return NULL;
    }
    return data;
}

/// el_set(EL_GETCFN): replace the character reader.
static inline int dsql_el_set_getc(EditLine *el, dsql_el_getc_fn fn) {
    return el_set(el, EL_GETCFN, fn);
}

/// el_set(EL_REFRESH): redraw the line.
static inline int dsql_el_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}

/// el_get(EL_GETFP, which): 0 input, 1 output, 2 error stream.
static inline FILE *dsql_el_get_file(EditLine *el, int which) {
    FILE *fp = NULL;
    if (el_get(el, EL_GETFP, which, &fp) != 0) {
        return NULL;
    }
    return fp;
}

// MARK: - history

/// history(H_SETSIZE): keep at most `size` entries.
static inline int dsql_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

/// history(H_GETSIZE): number of entries.
static inline int dsql_history_get_size(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_GETSIZE) != 0) {
        return -1;
    }
    return ev.num;
}

/// history(H_SETUNIQUE): 1 refuses an entry equal to the previous one.
static inline int dsql_history_set_unique(History *h, int flag) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, flag);
}

/// history(H_ENTER): add a new (possibly multi-line) entry.
static inline int dsql_history_enter(History *h, const char *entry) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, entry);
}

/// history(H_CLEAR): remove all entries.
static inline int dsql_history_clear(History *h) {
    HistEvent ev;
    return history(h, &ev, H_CLEAR);
}

/// history(H_SAVE): write all entries to `path` in libedit's format; count or -1.
static inline int dsql_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

/// history(H_LOAD): read entries from `path`; count or -1.
static inline int dsql_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

/// history(H_FIRST): newest entry (libedit's "first"), or NULL when empty.
static inline const char *dsql_history_first(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_FIRST) != 0) {
        return NULL;
    }
    return ev.str;
}

/// history(H_NEXT): the next older entry after H_FIRST/H_NEXT, or NULL at the end.
static inline const char *dsql_history_next(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_NEXT) != 0) {
        return NULL;
    }
    return ev.str;
}

#endif
