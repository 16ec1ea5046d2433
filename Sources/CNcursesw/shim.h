#ifndef G2A_CNCURSESW_SHIM_H
#define G2A_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D flags, so the wide-character API must be switched on here,
   before curses.h, or get_wch / cchar_t / setcchar are invisible to Swift. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <string.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>

/* Function-like and NCURSES_BITS macros do not import into Swift; re-export them. */
static inline attr_t g2a_attr_normal(void) { return A_NORMAL; }
static inline attr_t g2a_attr_bold(void) { return A_BOLD; }
static inline attr_t g2a_attr_dim(void) { return A_DIM; }
static inline attr_t g2a_attr_reverse(void) { return A_REVERSE; }
static inline attr_t g2a_attr_underline(void) { return A_UNDERLINE; }
static inline WINDOW *g2a_stdscr(void) { return stdscr; }
static inline int g2a_lines(void) { return LINES; }
static inline int g2a_cols(void) { return COLS; }
static inline int g2a_colors(void) { return COLORS; }
static inline int g2a_color_pairs(void) { return COLOR_PAIRS; }
static inline int g2a_key_resize(void) { return KEY_RESIZE; }
static inline int g2a_key_code_yes(void) { return KEY_CODE_YES; }
static inline int g2a_err(void) { return ERR; }

/* True when the terminal description can move the cursor to any cell (TERM=dumb cannot). */
static inline int g2a_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != 0 && cup != (char *)-1;
}

/* True when the C library's current LC_CTYPE encodes text as UTF-8. */
static inline int g2a_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != 0 && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/* LC_GLOBAL_LOCALE is a cast macro, which Swift does not import; uselocale() takes it to undo
   a thread-local locale. */
static inline locale_t g2a_global_locale(void) { return LC_GLOBAL_LOCALE; }

/* Bytes waiting to be read on fd, or -1 when the descriptor cannot say (e.g. hung up). */
static inline int g2a_bytes_readable(int fd) {
    int count = 0;
    return ioctl(fd, FIONREAD, &count) == 0 ? count : -1;
}

/* Reads the kernel's idea of the window size; returns 0 on success. */
static inline int g2a_window_size(int fd, int *rows, int *cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

/* Stores one cell without moving the cursor or wrapping: `text` is a NUL-terminated grapheme
   (a spacing character plus up to four combining ones); `pair` may exceed 255 (extended
   colours). Returns ERR when ncurses rejects the grapheme (e.g. a ZWJ emoji sequence). */
static inline int g2a_put_cell(WINDOW *win, int y, int x, const wchar_t *text, attr_t attrs,
                               int pair) {
    cchar_t cell;
    int extendedPair = pair;
    short shortPair = pair < 0x7fff ? (short)pair : 0;
    if (setcchar(&cell, text, attrs, shortPair, &extendedPair) == ERR) return ERR;
    return mvwadd_wchnstr(win, y, x, &cell, 1);
}

/* Reads one cell back (for tests): fills up to CCHARW_MAX characters plus a NUL into `text`. */
static inline int g2a_get_cell(WINDOW *win, int y, int x, wchar_t *text, attr_t *attrs,
                               int *pair) {
    cchar_t cell;
    short shortPair = 0;
    if (mvwin_wch(win, y, x, &cell) == ERR) return ERR;
    return getcchar(&cell, text, attrs, &shortPair, pair);
}

/* wcwidth is declared only under _XOPEN_SOURCE, which the Glibc module is not built with. */
extern int wcwidth(wchar_t c);

/* The number of columns the C library (and therefore ncurses) gives one character. */
static inline int g2a_wcwidth(wchar_t c) { return wcwidth(c); }

/* Where ncurses believes the terminal's cursor is after the last doupdate (for tests). */
static inline void g2a_physical_cursor(int *y, int *x) {
    *y = getcury(curscr);
    *x = getcurx(curscr);
}

/* The longest grapheme a cell holds: one spacing character plus combining ones. */
static inline int g2a_cell_chars_max(void) { return CCHARW_MAX; }
#endif
