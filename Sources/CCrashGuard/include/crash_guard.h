#ifndef G2A_CRASH_GUARD_H
#define G2A_CRASH_GUARD_H
/* The part of crash handling that must run inside a signal handler, so it is written in C:
   Swift code cannot promise not to allocate or take locks there. Everything the handler
   needs (the restore bytes, the saved termios, the report descriptor, the stderr line) is
   prepared by these functions beforehand; the handler only calls async-signal-safe ones. */
#include <stddef.h>

/* Installs the handler for SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE and SIGTRAP (replacing
   Swift's backtracer, which would wait for a key on a raw terminal). The report is written
   to `report_fd` (which must stay open); `log_path` is named in the one stderr line. Returns 0,
   or -1 with errno set. Safe to call again (later values win). */
int g2a_crash_guard_install(int report_fd, const char *log_path);

/* Saves the terminal modes of `tty_fd` and the bytes that undo a full-screen program's modes;
   from now until g2a_crash_guard_disarm_terminal a crash writes the bytes to `tty_fd` and
   restores those modes before anything else. While armed, stderr goes to the report descriptor
   (so runtime messages such as Swift's "Fatal error: …" land in the log, not on the screen).
   Returns 0, or -1 with errno set (not a terminal, or `length` over 512 bytes). */
int g2a_crash_guard_arm_terminal(int tty_fd, const unsigned char *restore, size_t length);

/* The terminal is restored normally: a crash from now on leaves it alone, stderr is back. */
void g2a_crash_guard_disarm_terminal(void);
#endif
