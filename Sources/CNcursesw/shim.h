#ifndef AULA_CNCURSESW_SHIM_H
#define AULA_CNCURSESW_SHIM_H

/* SwiftPM drops pkg-config's -D flags: ask for the wide-character API here. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* What Swift cannot import directly: macros and globals. */
static inline WINDOW *aula_stdscr(void) { return stdscr; }
static inline int aula_attr_bold(void) { return (int)A_BOLD; }
static inline int aula_attr_reverse(void) { return (int)A_REVERSE; }
static inline int aula_attr_underline(void) { return (int)A_UNDERLINE; }
static inline int aula_attr_dim(void) { return (int)A_DIM; }
static inline int aula_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int aula_key_code_yes(void) { return KEY_CODE_YES; }
static inline int aula_key_f(int n) { return KEY_F(n); }
static inline void aula_size(int *rows, int *cols) { getmaxyx(stdscr, *rows, *cols); }

/* Signals: SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2 and SIGALRM ask the main loop to stop (it
   restores the terminal; everything is already saved), instead of leaving the terminal raw as their default action
   would; a crash restores the terminal, then dies with the same signal. */
static volatile sig_atomic_t aula_stop_flag = 0;

static inline void aula_on_stop_signal(int sig) { (void)sig; aula_stop_flag = 1; }

static inline void aula_on_crash_signal(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void aula_install_signal_handlers(void) {
    /* A parent may have left these blocked (threads of test runners do); the app needs them delivered. */
    sigset_t needed;
    sigemptyset(&needed);
    static const int stops[] = { SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM };
    sigaddset(&needed, SIGWINCH);
    for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++) sigaddset(&needed, stops[i]);
    sigprocmask(SIG_UNBLOCK, &needed, NULL);
    struct sigaction stop;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = aula_on_stop_signal;
    for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++) sigaction(stops[i], &stop, NULL);
    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = aula_on_crash_signal;
    crash.sa_flags = SA_RESETHAND;
    sigaction(SIGSEGV, &crash, NULL);
    sigaction(SIGBUS, &crash, NULL);
    sigaction(SIGILL, &crash, NULL);
    sigaction(SIGTRAP, &crash, NULL);
    sigaction(SIGFPE, &crash, NULL);
    sigaction(SIGABRT, &crash, NULL);
}

static inline int aula_stop_requested(void) { return aula_stop_flag != 0; }

#endif
