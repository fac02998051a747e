import AulaTUI
import CNcursesw
import Foundation

/// The only code that talks to ncurses: starts and restores the terminal, reads keys, presents a ScreenBuffer.
public final class CursesTerminal {
    private var started = false
    private var colors = false
    private var previous: ScreenBuffer?

    /// Creates a terminal that is not started yet.
    public init() {}

    /// Takes over the terminal: locale, raw keys, no echo, keypad, hidden cursor, colours unless NO_COLOR.
    /// SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1/2 and SIGALRM ask the loop to stop; a crash restores the terminal before dying.
    public func start() throws {
        setlocale(LC_ALL, "")
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError(message: "stdin/stdout is not a terminal")
        }
        guard initscr() != nil else { throw TerminalError(message: "initscr failed (is TERM set?)") }
        started = true
        aula_install_signal_handlers()
        raw()
        noecho()
        nonl()
        keypad(aula_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        if ProcessInfo.processInfo.environment["NO_COLOR"] == nil, has_colors() {
            start_color()
            use_default_colors()
            let pairs: [(Style.Role, Int32)] = [(.accent, Int32(COLOR_CYAN)), (.good, Int32(COLOR_GREEN)),
                                                (.warn, Int32(COLOR_YELLOW)), (.danger, Int32(COLOR_RED)),
                                                (.muted, Int32(COLOR_BLUE))]
            for (role, color) in pairs { init_pair(Int16(role.rawValue), Int16(color), -1) }
            colors = true
        }
    }

    /// Gives the terminal back as it was. Safe to call twice.
    public func stop() {
        guard started else { return }
        started = false
        curs_set(1)
        endwin()
    }

    /// True once a stop signal (SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1/2, SIGALRM) has arrived.
    public var stopRequested: Bool { aula_stop_requested() != 0 }

    /// The terminal's size now.
    public var size: Size {
        var rows: Int32 = 0, cols: Int32 = 0
        aula_size(&rows, &cols)
        return Size(width: Int(cols), height: Int(rows))
    }

    /// Waits up to `milliseconds` for a key; nil on time-out.
    public func readKey(timeout milliseconds: Int32) -> Key? {
        wtimeout(aula_stdscr(), milliseconds)
        var ch: wint_t = 0
        let result = wget_wch(aula_stdscr(), &ch)
        if result == ERR { return nil }
        if result == aula_key_code_yes() { return special(Int32(ch)) }
        return character(UInt32(ch))
    }

    private func special(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_RESIZE: return .resize
        default:
            for n in 1...12 where code == aula_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }

    private func character(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(value), !(0x7F...0x9F).contains(value) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// Draws the buffer: only rows that changed since the last frame are rewritten, and ncurses sends only
    /// the differences, so nothing flickers.
    public func present(_ buffer: ScreenBuffer) {
        let full = previous.map { $0.width != buffer.width || $0.height != buffer.height } ?? true
        if full { werase(aula_stdscr()) }
        for y in 0..<buffer.height {
            if !full, let previous, rowEqual(previous, buffer, y) { continue }
            drawRow(buffer, y)
        }
        previous = buffer
        wnoutrefresh(aula_stdscr())
        doupdate()
    }

    /// Rings the terminal's bell (a refused scan at the door).
    public func beep() {
        _ = CNcursesw.beep()
    }

    /// Forgets the last frame so the next one is drawn whole (after a resize).
    public func invalidate() {
        previous = nil
        clearok(aula_stdscr(), true)
    }

    private func rowEqual(_ a: ScreenBuffer, _ b: ScreenBuffer, _ y: Int) -> Bool {
        for x in 0..<a.width where a[x: x, y: y] != b[x: x, y: y] { return false }
        return true
    }

    private func drawRow(_ buffer: ScreenBuffer, _ y: Int) {
        var x = 0
        while x < buffer.width {
            let style = buffer[x: x, y: y].style
            var run = ""
            let startX = x
            // The very last cell of the screen is skipped: writing it would scroll some terminals.
            let limit = y == buffer.height - 1 ? buffer.width - 1 : buffer.width
            while x < limit, buffer[x: x, y: y].style == style {
                run += buffer[x: x, y: y].text
                x += 1
            }
            if x == startX { break }
            wattrset(aula_stdscr(), attributes(style))
            var wide = run.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            wide.append(0)
            mvwaddwstr(aula_stdscr(), Int32(y), Int32(startX), wide)
        }
        wattrset(aula_stdscr(), 0)
    }

    private func attributes(_ style: Style) -> Int32 {
        var attr: Int32 = 0
        if style.bold { attr |= aula_attr_bold() }
        if style.reverse { attr |= aula_attr_reverse() }
        if style.underline { attr |= aula_attr_underline() }
        if style.role != .normal {
            if colors {
                attr |= aula_color_pair(Int32(style.role.rawValue))
            } else if style.role == .danger || style.role == .warn {
                attr |= aula_attr_bold()  // monochrome: warnings stand out by weight
            } else if style.role == .muted {
                attr |= aula_attr_dim()
            }
        }
        return attr
    }
}

/// The terminal could not be taken over.
public struct TerminalError: Error {
    public var message: String
}
