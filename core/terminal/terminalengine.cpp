// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/terminal/terminalengine.h"

#include <QPointer>

#include <algorithm>
#include <cstring>
#include <utility>
#include <vterm.h>

namespace charon::terminal {

namespace {

constexpr int kMaxSide = 1000; // rows or columns; far beyond any screen, keeps libvterm sane
constexpr uint32_t kWideContinuation = 0xFFFFFFFFu; // libvterm's mark for a wide char's 2nd half

quint32 packColor(const VTermColor &color, bool foreground)
{
    if (foreground ? VTERM_COLOR_IS_DEFAULT_FG(&color) : VTERM_COLOR_IS_DEFAULT_BG(&color))
        return TerminalColor::Default;
    if (VTERM_COLOR_IS_INDEXED(&color))
        return TerminalColor::indexed(color.indexed.idx);
    return TerminalColor::rgb(color.rgb.red, color.rgb.green, color.rgb.blue);
}

quint16 packAttributes(const VTermScreenCellAttrs &in)
{
    quint16 attrs = 0;
    if (in.bold)
        attrs |= TerminalCell::Bold;
    if (in.underline)
        attrs |= TerminalCell::Underline;
    if (in.underline == VTERM_UNDERLINE_DOUBLE)
        attrs |= TerminalCell::DoubleUnderline;
    if (in.italic)
        attrs |= TerminalCell::Italic;
    if (in.blink)
        attrs |= TerminalCell::Blink;
    if (in.reverse)
        attrs |= TerminalCell::Reverse;
    if (in.strike)
        attrs |= TerminalCell::Strike;
    if (in.dwl)
        attrs |= TerminalCell::DoubleWidth;
    if (in.dhl == 1)
        attrs |= TerminalCell::DoubleHeightTop;
    else if (in.dhl == 2)
        attrs |= TerminalCell::DoubleHeightBottom;
    return attrs;
}

// Combining characters of a libvterm cell: chars[1..] up to the first 0 (libvterm writes
// nothing after it).
int markCount(const VTermScreenCell &cell)
{
    int n = 0;
    while (n + 1 < VTERM_MAX_CHARS_PER_CELL && cell.chars[n + 1] != 0)
        ++n;
    return n;
}

void appendMarks(const VTermScreenCell &cell, int column, std::vector<TerminalMark> &marks)
{
    const int n = markCount(cell);
    for (int i = 1; i <= n; ++i)
        marks.push_back({ column, char32_t(cell.chars[i]) });
}

// Converts libvterm cells. Neighbouring cells nearly always share colours and attributes, so
// those are packed again only when their bytes change: this runs for every cell of every line
// that scrolls into the history, the hot path of a flood.
class CellConverter
{
public:
    TerminalCell operator()(const VTermScreenCell &in)
    {
        TerminalCell out;
        const uint32_t ch = in.chars[0];
        out.ch = ch == kWideContinuation ? 0 : char32_t(ch);
        // libvterm's DEC Special Graphics gives the slanted <= and >= (U+2A7D/E), which few
        // fonts have: a fallback glyph would spill into the next cell. xterm shows these.
        if (ch == 0x2A7D || ch == 0x2A7E) [[unlikely]]
            out.ch = ch == 0x2A7D ? U'\u2264' : U'\u2265';
        out.width = ch == kWideContinuation ? 0 : quint8(std::clamp<int>(in.width, 1, 2));
        if (in.chars[1] != 0 && ch != kWideContinuation && ch != 0) [[unlikely]]
            out.marks = quint8(markCount(in));
        if (changed(in.fg, m_fgBytes))
            m_fg = packColor(in.fg, true);
        if (changed(in.bg, m_bgBytes))
            m_bg = packColor(in.bg, false);
        if (changed(in.attrs, m_attrBytes))
            m_attrs = packAttributes(in.attrs);
        out.fg = m_fg;
        out.bg = m_bg;
        out.attrs = m_attrs;
        return out;
    }

private:
    template<typename T> static bool changed(const T &value, uint32_t &last)
    {
        static_assert(sizeof(T) == sizeof(uint32_t));
        uint32_t bytes;
        std::memcpy(&bytes, &value, sizeof bytes);
        return std::exchange(last, bytes) != bytes;
    }

    // All ones never occurs in a VTermColor (type < 8) or in the attribute bits: "none yet".
    uint32_t m_fgBytes = 0xFFFFFFFFu;
    uint32_t m_bgBytes = 0xFFFFFFFFu;
    uint32_t m_attrBytes = 0xFFFFFFFFu;
    quint32 m_fg = 0;
    quint32 m_bg = 0;
    quint16 m_attrs = 0;
};

TerminalCell toCell(const VTermScreenCell &in)
{
    return CellConverter()(in);
}

// What TerminalCell::isBlank() says, decided on libvterm's cell before converting it.
bool isBlank(const VTermScreenCell &cell)
{
    return (cell.chars[0] == 0 || cell.chars[0] == ' ') && cell.width == 1
        && VTERM_COLOR_IS_DEFAULT_BG(&cell.bg) && !cell.attrs.reverse && !cell.attrs.underline
        && !cell.attrs.strike;
}

VTermColor unpackColor(quint32 packed, const VTermColor &fallback)
{
    VTermColor color;
    if (TerminalColor::isIndexed(packed))
        vterm_color_indexed(&color, TerminalColor::index(packed));
    else if (TerminalColor::isRgb(packed))
        vterm_color_rgb(&color, quint8(packed >> 16), quint8(packed >> 8), quint8(packed));
    else
        color = fallback;
    return color;
}

VTermModifier toVTermModifier(Qt::KeyboardModifiers modifiers)
{
    int mod = VTERM_MOD_NONE;
    if (modifiers & Qt::ShiftModifier)
        mod |= VTERM_MOD_SHIFT;
    if (modifiers & Qt::AltModifier)
        mod |= VTERM_MOD_ALT;
    if (modifiers & Qt::ControlModifier)
        mod |= VTERM_MOD_CTRL;
    return VTermModifier(mod);
}

static_assert(VTERM_KEY_PAGEDOWN - VTERM_KEY_ENTER
    == int(TerminalEngine::Key::PageDown) - int(TerminalEngine::Key::Enter));
static_assert(VTERM_KEY_KP_EQUAL - VTERM_KEY_KP_0
    == int(TerminalEngine::Key::KeypadEqual) - int(TerminalEngine::Key::Keypad0));

VTermKey toVTermKey(TerminalEngine::Key key)
{
    using Key = TerminalEngine::Key;
    const int k = int(key);
    if (k >= int(Key::F1) && k <= int(Key::F12))
        return VTermKey(VTERM_KEY_FUNCTION(1 + k - int(Key::F1)));
    if (k >= int(Key::Keypad0))
        return VTermKey(VTERM_KEY_KP_0 + (k - int(Key::Keypad0)));
    return VTermKey(VTERM_KEY_ENTER + k); // Enter..PageDown follow libvterm's order
}

} // namespace

// libvterm's C callbacks, forwarding to the engine that registered itself as `user`.
struct TerminalEngineCallbacks
{
    static TerminalEngine *self(void *user) { return static_cast<TerminalEngine *>(user); }

    static int damage(VTermRect rect, void *user)
    {
        self(user)->addDamage(QRect(rect.start_col, rect.start_row, rect.end_col - rect.start_col,
            rect.end_row - rect.start_row));
        return 1;
    }

    // libvterm moved cells (scrolling, inserted or deleted lines): whole rows are taken as a
    // move; anything else (part of a row, sideways) is left to libvterm, which damages it.
    static int moveRect(VTermRect dest, VTermRect src, void *user)
    {
        TerminalEngine *engine = self(user);
        const int columns = engine->m_columns;
        if (src.start_col != 0 || src.end_col != columns || dest.start_col != 0
            || dest.end_col != columns || src.start_row == dest.start_row
            || src.end_row - src.start_row != dest.end_row - dest.start_row)
            return 0;
        engine->moveRows(std::min(src.start_row, dest.start_row),
            std::max(src.end_row, dest.end_row), src.start_row - dest.start_row);
        return 1;
    }

    static int moveCursor(VTermPos pos, VTermPos oldPos, int visible, void *user)
    {
        TerminalEngine *engine = self(user);
        engine->damageCells(QRect(oldPos.col, oldPos.row, 2, 1));
        engine->damageCells(QRect(pos.col, pos.row, 2, 1));
        engine->m_cursor = QPoint(pos.col, pos.row);
        engine->m_cursorVisible = visible != 0;
        return 1;
    }

    static int setTermProp(VTermProp prop, VTermValue *value, void *user)
    {
        TerminalEngine *engine = self(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            engine->m_cursorVisible = value->boolean != 0;
            break;
        case VTERM_PROP_CURSORBLINK:
            engine->m_cursorBlinking = value->boolean != 0;
            break;
        case VTERM_PROP_CURSORSHAPE:
            engine->m_cursorShape = value->number == VTERM_PROP_CURSORSHAPE_UNDERLINE
                ? TerminalEngine::CursorShape::Underline
                : value->number == VTERM_PROP_CURSORSHAPE_BAR_LEFT
                ? TerminalEngine::CursorShape::Bar
                : TerminalEngine::CursorShape::Block;
            break;
        case VTERM_PROP_ALTSCREEN:
            engine->m_alternateScreen = value->boolean != 0;
            break;
        case VTERM_PROP_REVERSE:
            engine->m_reverseVideo = value->boolean != 0;
            break;
        case VTERM_PROP_TITLE:
            // libvterm 0.1 hands over the whole, NUL-terminated title at once.
            engine->m_title = QString::fromUtf8(value->string ? value->string : "");
            engine->m_titlePending = true;
            return 1;
        default:
            return 0;
        }
        engine->damageCells(QRect(engine->m_cursor, QSize(2, 1)));
        if (prop == VTERM_PROP_REVERSE || prop == VTERM_PROP_ALTSCREEN)
            engine->damageCells(QRect(0, 0, engine->m_columns, engine->m_rows));
        return 1;
    }

    static int bell(void *user)
    {
        self(user)->m_bellPending = true;
        return 1;
    }

    static int pushLine(int cols, const VTermScreenCell *cells, void *user)
    {
        TerminalEngine *engine = self(user);
        int used = cols;
        while (used > 0 && isBlank(cells[used - 1]))
            --used;
        // This runs for every line that scrolls, the hot path of a flood: converted into a
        // reused buffer, then packed.
        std::vector<TerminalCell> &line = engine->m_pushCells;
        std::vector<TerminalMark> &marks = engine->m_pushMarks;
        line.resize(size_t(used));
        marks.clear();
        CellConverter convert;
        for (int i = 0; i < used; ++i) {
            line[size_t(i)] = convert(cells[i]);
            if (line[size_t(i)].marks != 0) [[unlikely]]
                appendMarks(cells[i], i, marks);
        }
        engine->m_scrollback.push(line.data(), used, marks.data(), int(marks.size()));
        ++engine->m_screenTop;
        engine->m_changed = true;
        return 1;
    }

    static int popLine(int cols, VTermScreenCell *cells, void *user)
    {
        TerminalEngine *engine = self(user);
        TerminalScrollback::Line line;
        TerminalScrollback::Marks marks;
        if (!engine->m_scrollback.popNewest(line, &marks))
            return 0;
        size_t mark = 0;
        VTermColor defaultFg;
        VTermColor defaultBg;
        vterm_state_get_default_colors(
            vterm_obtain_state(engine->m_vt.get()), &defaultFg, &defaultBg);
        for (int i = 0; i < cols; ++i) {
            const TerminalCell cell = size_t(i) < line.size() ? line[size_t(i)] : TerminalCell {};
            VTermScreenCell &out = cells[i];
            out = VTermScreenCell {};
            out.chars[0] = cell.width == 0 ? kWideContinuation : uint32_t(cell.ch);
            for (int n = 1; mark < marks.size() && marks[mark].column == i; ++mark) {
                if (n + 1 < VTERM_MAX_CHARS_PER_CELL) // room for the terminating 0
                    out.chars[n++] = uint32_t(marks[mark].ch);
            }
            out.width = char(std::max<int>(cell.width, 1));
            out.attrs.bold = cell.has(TerminalCell::Bold);
            out.attrs.underline = cell.has(TerminalCell::DoubleUnderline)
                ? VTERM_UNDERLINE_DOUBLE
                : (cell.has(TerminalCell::Underline) ? VTERM_UNDERLINE_SINGLE : 0);
            out.attrs.italic = cell.has(TerminalCell::Italic);
            out.attrs.blink = cell.has(TerminalCell::Blink);
            out.attrs.reverse = cell.has(TerminalCell::Reverse);
            out.attrs.strike = cell.has(TerminalCell::Strike);
            out.attrs.dwl = cell.has(TerminalCell::DoubleWidth);
            out.attrs.dhl = cell.has(TerminalCell::DoubleHeightTop)
                ? 1
                : (cell.has(TerminalCell::DoubleHeightBottom) ? 2 : 0);
            out.fg = unpackColor(cell.fg, defaultFg);
            out.bg = unpackColor(cell.bg, defaultBg);
        }
        --engine->m_screenTop;
        engine->m_changed = true;
        return 1;
    }

    static void output(const char *bytes, size_t size, void *user)
    {
        self(user)->m_pendingOutput.append(bytes, qsizetype(size));
    }
};

namespace {

const VTermScreenCallbacks kScreenCallbacks = {
    &TerminalEngineCallbacks::damage,
    &TerminalEngineCallbacks::moveRect,
    &TerminalEngineCallbacks::moveCursor,
    &TerminalEngineCallbacks::setTermProp,
    &TerminalEngineCallbacks::bell,
    nullptr /* resize */,
    &TerminalEngineCallbacks::pushLine,
    &TerminalEngineCallbacks::popLine,
};

} // namespace

void TerminalEngine::VTermDeleter::operator()(VTerm *vt) const
{
    vterm_free(vt);
}

TerminalEngine::TerminalEngine(int rows, int columns, QObject *parent)
    : QObject(parent)
    , m_rows(std::clamp(rows, 1, kMaxSide))
    , m_columns(std::clamp(columns, 1, kMaxSide))
{
    m_vt.reset(vterm_new(m_rows, m_columns));
    vterm_set_utf8(m_vt.get(), 1);
    vterm_output_set_callback(m_vt.get(), &TerminalEngineCallbacks::output, this);
    m_screen = vterm_obtain_screen(m_vt.get());
    vterm_screen_set_callbacks(m_screen, &kScreenCallbacks, this);
    // Damage is merged inside libvterm until flushed once per feed(): one callback, not one
    // per character.
    vterm_screen_set_damage_merge(m_screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(m_screen, 1);
    vterm_screen_reset(m_screen, 1);
    m_damage = QRect();
    m_scrollLines = 0;
    m_changed = false;
}

TerminalEngine::~TerminalEngine() = default;

void TerminalEngine::resize(int rows, int columns)
{
    rows = std::clamp(rows, 1, kMaxSide);
    columns = std::clamp(columns, 1, kMaxSide);
    if (rows == m_rows && columns == m_columns)
        return;
    applySize(rows, columns);
    finishCall();
}

void TerminalEngine::applySize(int rows, int columns)
{
    m_rows = rows;
    m_columns = columns;
    vterm_set_size(m_vt.get(), rows, columns);
    m_interceptor.resetMargins();
    m_cursor.setX(std::min(m_cursor.x(), columns - 1));
    m_cursor.setY(std::min(m_cursor.y(), rows - 1));
    // Everything is repainted: what was damaged or moved at the old size is moot (and could
    // reach past the new one).
    damageCells(QRect(0, 0, columns, rows));
    m_damage = QRect(0, 0, columns, rows);
    m_scrollLines = 0;
}

void TerminalEngine::feed(const char *bytes, qsizetype size)
{
    if (size <= 0)
        return;
    m_interceptor.feed(bytes, size);
    finishCall();
}

void TerminalEngine::write(const char *bytes, qsizetype size)
{
    vterm_input_write(m_vt.get(), bytes, size_t(size));
}

QByteArray TerminalEngine::primaryAttributes(Identity identity)
{
    // VT100 with AVO; or a VT220 with 132 columns (1) and selective erase (6), plus ANSI
    // colour (22) for xterm. No printer, no user-defined keys, no NRCS: we have none.
    switch (identity) {
    case Identity::Vt100:
        return QByteArrayLiteral("\x1B[?1;2c");
    case Identity::Vt220:
        return QByteArrayLiteral("\x1B[?62;1;6c");
    case Identity::Xterm:
        break;
    }
    return QByteArrayLiteral("\x1B[?62;1;6;22c");
}

QByteArray TerminalEngine::secondaryAttributes(Identity identity)
{
    // Terminal type 0 (VT100) or 1 (VT220), firmware version 10, no options.
    return identity == Identity::Vt100 ? QByteArrayLiteral("\x1B[>0;10;0c")
                                       : QByteArrayLiteral("\x1B[>1;10;0c");
}

QByteArray TerminalEngine::terminalType(Identity identity)
{
    switch (identity) {
    case Identity::Vt100:
        return QByteArrayLiteral("VT100");
    case Identity::Vt220:
        return QByteArrayLiteral("VT220");
    case Identity::Xterm:
        break;
    }
    return QByteArrayLiteral("XTERM-256COLOR");
}

void TerminalEngine::event(TerminalInterceptor::Event event)
{
    using E = TerminalInterceptor::Event;
    switch (event) {
    case E::PrimaryAttributes:
        m_pendingOutput += primaryAttributes(m_identity);
        return;
    case E::SecondaryAttributes:
        m_pendingOutput += secondaryAttributes(m_identity);
        return;
    case E::TertiaryAttributes: // DECRPTUI: a unit id of zeros, as xterm
        m_pendingOutput += QByteArrayLiteral("\x1BP!|00000000\x1B\\");
        return;
    case E::Vt52Identify: // "I am a VT52 (or a terminal in VT52 mode)"
        m_pendingOutput += QByteArrayLiteral("\x1B/Z");
        return;
    case E::CursorReport:
    case E::ExtendedCursorReport: {
        VTermPos pos;
        vterm_state_get_cursorpos(vterm_obtain_state(m_vt.get()), &pos);
        // In origin mode the row counts from the top margin, as xterm and the VT100 do.
        const int row = pos.row - (m_interceptor.originMode() ? m_interceptor.topMargin() : 0);
        QByteArray answer = "\x1B[";
        if (event == E::ExtendedCursorReport)
            answer += '?';
        answer += QByteArray::number(std::max(0, row) + 1) + ';' + QByteArray::number(pos.col + 1);
        if (event == E::ExtendedCursorReport)
            answer += ";1"; // page
        m_pendingOutput += answer + 'R';
        return;
    }
    case E::TerminalParameters:
    case E::TerminalParametersSolicited:
        // DECREPTPARM as xterm: no parity, 8 bits, 38400 baud both ways, clock 1, no flags.
        m_pendingOutput += event == E::TerminalParameters
            ? QByteArrayLiteral("\x1B[2;1;1;128;128;1;0x")
            : QByteArrayLiteral("\x1B[3;1;1;128;128;1;0x");
        return;
    case E::PrinterStatus: // no printer
        m_pendingOutput += QByteArrayLiteral("\x1B[?13n");
        return;
    case E::UdkStatus: // user-defined keys are not supported: locked
        m_pendingOutput += QByteArrayLiteral("\x1B[?21n");
        return;
    case E::KeyboardStatus: // North American keyboard (as xterm answers)
        m_pendingOutput += QByteArrayLiteral("\x1B[?27;1n");
        return;
    case E::SoftReset: {
        // DECSTR as xterm does it: cursor shown, insert and origin mode off, autowrap on,
        // numeric keypad and cursor keys, full margins, plain rendition, ASCII in G0-G3; the
        // cursor stays where it is.
        VTermPos pos;
        vterm_state_get_cursorpos(vterm_obtain_state(m_vt.get()), &pos);
        static const char kReset[] = "\x1B[?25h\x1B[4l\x1B[?6l\x1B[?7h\x1B>\x1B[?1l\x1B[r\x1B[m"
                                     "\x1B(B\x1B)B\x1B*B\x1B+B\x0F";
        write(kReset, qsizetype(sizeof kReset - 1));
        const QByteArray back = "\x1B[" + QByteArray::number(pos.row + 1) + ';'
            + QByteArray::number(pos.col + 1) + 'H';
        write(back.constData(), back.size());
        return;
    }
    case E::Columns80:
    case E::Columns132: {
        // As xterm: the new width, margins reset, screen cleared, cursor home.
        m_columnMode = event == E::Columns132 ? 132 : 80;
        if (m_columnMode != m_columns)
            applySize(m_rows, m_columnMode);
        static const char kClear[] = "\x1B[r\x1B[H\x1B[2J";
        write(kClear, qsizetype(sizeof kClear - 1));
        m_columnModePending = true;
        return;
    }
    }
}

void TerminalEngine::reset()
{
    vterm_screen_reset(m_screen, 1);
    m_interceptor.reset();
    damageCells(QRect(0, 0, m_columns, m_rows));
    finishCall();
}

void TerminalEngine::keyPress(Key key, Qt::KeyboardModifiers modifiers)
{
    if (m_interceptor.isVt52()) {
        // VT52 mode: cursor keys and PF1-PF4 are ESC and one letter.
        static const std::pair<Key, char> kVt52Keys[]
            = { { Key::Up, 'A' }, { Key::Down, 'B' }, { Key::Right, 'C' }, { Key::Left, 'D' },
                  { Key::F1, 'P' }, { Key::F2, 'Q' }, { Key::F3, 'R' }, { Key::F4, 'S' } };
        for (const auto &[vt52Key, letter] : kVt52Keys) {
            if (key == vt52Key) {
                m_pendingOutput += QByteArray("\x1B") + letter;
                finishCall();
                return;
            }
        }
    }
    vterm_keyboard_key(m_vt.get(), toVTermKey(key), toVTermModifier(modifiers));
    finishCall();
}

void TerminalEngine::charPress(char32_t ch, Qt::KeyboardModifiers modifiers)
{
    vterm_keyboard_unichar(m_vt.get(), uint32_t(ch), toVTermModifier(modifiers));
    finishCall();
}

void TerminalEngine::paste(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\r"));
    normalized.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    vterm_keyboard_start_paste(m_vt.get());
    m_pendingOutput.append(normalized.toUtf8());
    vterm_keyboard_end_paste(m_vt.get());
    finishCall();
}

void TerminalEngine::setFocused(bool focused)
{
    VTermState *state = vterm_obtain_state(m_vt.get());
    if (focused)
        vterm_state_focus_in(state);
    else
        vterm_state_focus_out(state);
    damageCells(QRect(m_cursor, QSize(2, 1)));
    finishCall();
}

void TerminalEngine::clearScrollback()
{
    if (m_scrollback.isEmpty())
        return;
    m_scrollback.clear();
    m_changed = true;
    finishCall();
}

TerminalCell TerminalEngine::cell(qint64 line, int column) const
{
    if (column < 0 || column >= m_columns)
        return {};
    if (line >= m_screenTop && line < endLine()) {
        VTermScreenCell raw;
        if (!vterm_screen_get_cell(m_screen, VTermPos { int(line - m_screenTop), column }, &raw))
            return {};
        return toCell(raw);
    }
    if (line >= firstLine() && line < m_screenTop)
        return m_scrollback.cell(int(line - firstLine()), column);
    return {};
}

void TerminalEngine::lineCells(
    qint64 line, int count, std::vector<TerminalCell> &out, std::vector<TerminalMark> *marks) const
{
    count = std::max(0, count);
    if (marks)
        marks->clear();
    if (line >= firstLine() && line < m_screenTop) {
        // Unpacked once, not cell by cell.
        m_scrollback.unpack(int(line - firstLine()), out, marks);
        out.resize(size_t(count));
        if (marks) {
            while (!marks->empty() && marks->back().column >= count)
                marks->pop_back();
        }
        return;
    }
    out.resize(size_t(count));
    const bool onScreen = line >= m_screenTop && line < endLine();
    for (int column = 0; column < count; ++column) {
        if (!onScreen || column >= m_columns) {
            out[size_t(column)] = TerminalCell {};
            continue;
        }
        VTermScreenCell raw;
        if (!vterm_screen_get_cell(m_screen, VTermPos { int(line - m_screenTop), column }, &raw)) {
            out[size_t(column)] = TerminalCell {};
            continue;
        }
        out[size_t(column)] = toCell(raw);
        if (marks && out[size_t(column)].marks != 0)
            appendMarks(raw, column, *marks);
    }
}

QString TerminalEngine::lineText(qint64 line, int fromColumn, int toColumn, bool trim) const
{
    const int end = toColumn < 0 ? m_columns : std::min(toColumn, m_columns);
    std::vector<TerminalCell> cells;
    std::vector<TerminalMark> marks;
    lineCells(line, end, cells, &marks);
    QString text;
    size_t mark = 0;
    for (int column = std::max(0, fromColumn); column < end; ++column) {
        const TerminalCell &c = cells[size_t(column)];
        if (c.width == 0)
            continue; // the second half of a wide character
        if (c.ch == 0)
            text.append(QLatin1Char(' '));
        else
            text.append(QString::fromUcs4(&c.ch, 1));
        while (mark < marks.size() && marks[mark].column < column)
            ++mark;
        for (; mark < marks.size() && marks[mark].column == column; ++mark)
            text.append(QString::fromUcs4(&marks[mark].ch, 1));
    }
    if (trim) {
        qsizetype used = text.size();
        while (used > 0 && text.at(used - 1) == QLatin1Char(' '))
            --used;
        text.truncate(used);
    }
    return text;
}

TerminalEngine::Changes TerminalEngine::takeChanges()
{
    Changes changes;
    changes.damage = std::exchange(m_damage, QRect());
    changes.scrollTop = m_scrollTop;
    changes.scrollBottom = m_scrollBottom;
    changes.scrollLines = std::exchange(m_scrollLines, 0);
    return changes;
}

QRect TerminalEngine::scrolledRows() const
{
    if (m_scrollLines == 0)
        return {};
    return QRect(0, m_scrollTop, m_columns, m_scrollBottom - m_scrollTop);
}

QRect TerminalEngine::damage() const
{
    return m_damage.united(scrolledRows());
}

QRect TerminalEngine::takeDamage()
{
    const QRect all = damage();
    takeChanges();
    return all;
}

void TerminalEngine::damageCells(const QRect &cells)
{
    // Cursor and mode changes come straight from libvterm's state, while its screen may still
    // hold a move it has not told: take that first, so the damage is where the cells are now.
    if (!m_inFlush) {
        m_inFlush = true;
        vterm_screen_flush_damage(m_screen);
        m_inFlush = false;
    }
    addDamage(cells);
}

void TerminalEngine::addDamage(const QRect &cells)
{
    const QRect screen(0, 0, m_columns, m_rows);
    const QRect clipped = cells.intersected(screen);
    if (clipped.isEmpty())
        return;
    m_damage = m_damage.united(clipped);
    if (m_damage == screen)
        m_scrollLines = 0; // everything is repainted anyway
    m_changed = true;
}

void TerminalEngine::moveRows(int top, int bottom, int lines)
{
    const QRect region(0, top, m_columns, bottom - top);
    if (m_scrollLines != 0 && (top != m_scrollTop || bottom != m_scrollBottom)) {
        // A move of other rows: one move is all a view is told, so the earlier one's rows
        // are damaged instead (then moved like any damage).
        m_damage = m_damage.united(scrolledRows());
        m_scrollLines = 0;
    }
    // Damage so far travels with its text; damage reaching out of the rows stays as well.
    if (m_damage.intersects(region)) {
        const QRect moved = m_damage.translated(0, -lines).intersected(region);
        m_damage = region.contains(m_damage) ? moved : m_damage.united(moved);
    }
    // The cursor stays in its row while the text moves: its cell (as painted before the move)
    // travels with the rows and must be painted again there, and where it is now. (The whole
    // row for the first: on a double-width line the cursor was drawn at twice its column.)
    const int cursorRow = m_cursor.y();
    if (cursorRow >= top && cursorRow < bottom) {
        m_damage = m_damage.united(QRect(0, cursorRow - lines, m_columns, 1).intersected(region));
        m_damage = m_damage.united(QRect(m_cursor, QSize(2, 1)).intersected(region));
    }
    m_scrollTop = top;
    m_scrollBottom = bottom;
    m_scrollLines += lines;
    if (std::abs(m_scrollLines) >= bottom - top) { // nothing left to move: all new
        m_damage = m_damage.united(region);
        m_scrollLines = 0;
    }
    m_changed = true;
}

void TerminalEngine::finishCall()
{
    vterm_screen_flush_damage(m_screen);
    // Signals go out after libvterm returned, so a slot may feed or resize again safely.
    const QPointer<TerminalEngine> self(this);
    if (!m_pendingOutput.isEmpty())
        Q_EMIT output(std::exchange(m_pendingOutput, QByteArray()));
    if (self && std::exchange(m_titlePending, false))
        Q_EMIT titleChanged(m_title);
    if (self && std::exchange(m_columnModePending, false))
        Q_EMIT columnModeChanged(m_columnMode);
    if (self && std::exchange(m_bellPending, false))
        Q_EMIT bell();
    if (self && std::exchange(m_changed, false))
        Q_EMIT contentChanged();
}

} // namespace charon::terminal
