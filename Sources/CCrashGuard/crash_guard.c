#define _GNU_SOURCE
#include "crash_guard.h"

#include <errno.h>
#include <execinfo.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

/* Process-wide by necessity: a signal handler can only reach static storage. Written before
   the matching flag is set (release), read by the handler after it sees the flag (acquire). */
static int report_fd = -1;
static char report_note[1024];
static size_t report_note_length;

static int tty_fd = -1;
static struct termios saved_modes;
static unsigned char restore_bytes[512];
static size_t restore_length;
static int terminal_armed;
static int saved_stderr = -1;

static int handling;

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP};

/* A fixed buffer the handler formats lines into; no allocation. */
struct line {
    char text[512];
    size_t length;
};

static void put(struct line *line, const char *text) {
    while (*text && line->length < sizeof line->text) line->text[line->length++] = *text++;
}

static void put_number(struct line *line, unsigned long value, unsigned base, int width) {
    char digits[32];
    int count = 0;
    do {
        digits[count++] = "0123456789abcdef"[value % base];
        value /= base;
    } while (value && count < (int)sizeof digits);
    while (count < width && count < (int)sizeof digits) digits[count++] = '0';
    while (count && line->length < sizeof line->text) line->text[line->length++] = digits[--count];
}

static void write_all(int fd, const void *bytes, size_t length) {
    const char *next = bytes;
    while (length > 0) {
        ssize_t written = write(fd, next, length);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return;
        next += written;
        length -= (size_t)written;
    }
}

static const char *signal_name(int signo) {
    switch (signo) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGILL: return "SIGILL";
    case SIGABRT: return "SIGABRT";
    case SIGFPE: return "SIGFPE";
    case SIGTRAP: return "SIGTRAP";
    default: return "signal";
    }
}

/* The time as the log file writes it (2026-12-08T01:02:03.456Z), from clock_gettime only. */
static void put_timestamp(struct line *line) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    long days = now.tv_sec / 86400;
    long seconds = now.tv_sec % 86400;
    /* Civil date from days since 1970-01-01 (Howard Hinnant's algorithm). */
    long z = days + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long day = doy - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    long year = yoe + era * 400 + (month <= 2);
    put_number(line, (unsigned long)year, 10, 4);
    put(line, "-");
    put_number(line, (unsigned long)month, 10, 2);
    put(line, "-");
    put_number(line, (unsigned long)day, 10, 2);
    put(line, "T");
    put_number(line, (unsigned long)(seconds / 3600), 10, 2);
    put(line, ":");
    put_number(line, (unsigned long)(seconds / 60 % 60), 10, 2);
    put(line, ":");
    put_number(line, (unsigned long)(seconds % 60), 10, 2);
    put(line, ".");
    put_number(line, (unsigned long)(now.tv_nsec / 1000000), 10, 3);
    put(line, "Z");
}

static void handle_crash(int signo, siginfo_t *info, void *context) {
    (void)context;
    if (__atomic_exchange_n(&handling, 1, __ATOMIC_ACQ_REL)) {
        /* Another thread is already reporting; it ends the process when done. */
        for (;;) pause();
    }
    int out = 2;
    int restored = __atomic_load_n(&terminal_armed, __ATOMIC_ACQUIRE);
    if (restored) {
        /* The terminal first: whatever else fails, the user gets a usable shell back. */
        write_all(tty_fd, restore_bytes, restore_length);
        tcsetattr(tty_fd, TCSANOW, &saved_modes);
        if (saved_stderr >= 0) out = saved_stderr;
    }
    int report = __atomic_load_n(&report_fd, __ATOMIC_ACQUIRE);
    if (report >= 0) {
        struct line line = {.length = 0};
        put_timestamp(&line);
        put(&line, " critical g2a-dash: crashed: ");
        put(&line, signal_name(signo));
        if (info && info->si_code == SI_USER) {
            put(&line, " sent by pid ");
            put_number(&line, (unsigned long)info->si_pid, 10, 1);
        } else if (info && (signo == SIGSEGV || signo == SIGBUS)) {
            put(&line, " at address 0x");
            put_number(&line, (unsigned long)info->si_addr, 16, 1);
        }
        put(&line, " in pid ");
        put_number(&line, (unsigned long)getpid(), 10, 1);
        put(&line, "; backtrace:\n");
        write_all(report, line.text, line.length);
        void *frames[128];
        int count = backtrace(frames, 128);
        backtrace_symbols_fd(frames, count, report);
        fsync(report);
    }
    struct line message = {.length = 0};
    put(&message, "g2a-dash: crashed (");
    put(&message, signal_name(signo));
    put(&message, ")");
    if (restored) put(&message, "; the terminal was restored");
    write_all(out, message.text, message.length);
    if (report >= 0) write_all(out, report_note, report_note_length);
    write_all(out, "\n", 1);

    /* Die of the same signal, so the exit status says what happened (and a core is dumped
       where the user asked for one). */
    signal(signo, SIG_DFL);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, signo);
    pthread_sigmask(SIG_UNBLOCK, &only, NULL);
    raise(signo);
}

int g2a_crash_guard_install(int fd, const char *log_path) {
    static int installed;
    const char *prefix = "; crash report in ";
    size_t prefix_length = strlen(prefix);
    size_t path_length = log_path ? strlen(log_path) : 0;
    if (path_length > sizeof report_note - prefix_length) path_length = sizeof report_note - prefix_length;
    memcpy(report_note, prefix, prefix_length);
    if (log_path) memcpy(report_note + prefix_length, log_path, path_length);
    report_note_length = prefix_length + path_length;
    __atomic_store_n(&report_fd, fd, __ATOMIC_RELEASE);
    if (installed) return 0;
    /* backtrace() loads libgcc's unwinder on first use, which allocates: do it now, not in
       the handler. */
    void *frame[1];
    backtrace(frame, 1);
    /* A stack overflow on this (the main) thread leaves no stack to run the handler on. */
    stack_t alternate = {.ss_sp = malloc(65536), .ss_size = 65536, .ss_flags = 0};
    if (alternate.ss_sp) sigaltstack(&alternate, NULL);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = handle_crash;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND;
    sigfillset(&action.sa_mask);
    for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        if (sigaction(crash_signals[i], &action, NULL) != 0) return -1;
    }
    installed = 1;
    return 0;
}

int g2a_crash_guard_arm_terminal(int fd, const unsigned char *restore, size_t length) {
    if (length > sizeof restore_bytes) {
        errno = EINVAL;
        return -1;
    }
    g2a_crash_guard_disarm_terminal();
    if (tcgetattr(fd, &saved_modes) != 0) return -1;
    /* Our own descriptor: the caller's may be closed before the terminal is disarmed. */
    tty_fd = fcntl(fd, F_DUPFD_CLOEXEC, 3);
    if (tty_fd < 0) return -1;
    memcpy(restore_bytes, restore, length);
    restore_length = length;
    int report = __atomic_load_n(&report_fd, __ATOMIC_ACQUIRE);
    if (report >= 0) {
        saved_stderr = fcntl(2, F_DUPFD_CLOEXEC, 3);
        if (saved_stderr >= 0) dup2(report, 2);
    }
    __atomic_store_n(&terminal_armed, 1, __ATOMIC_RELEASE);
    return 0;
}

void g2a_crash_guard_disarm_terminal(void) {
    if (!__atomic_exchange_n(&terminal_armed, 0, __ATOMIC_ACQ_REL)) return;
    if (saved_stderr >= 0) {
        dup2(saved_stderr, 2);
        close(saved_stderr);
        saved_stderr = -1;
    }
    close(tty_fd);
    tty_fd = -1;
}
