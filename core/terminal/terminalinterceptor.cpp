// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/terminal/terminalinterceptor.h"

#include <QStringBuilder>

#include <algorithm>

namespace charon::terminal {

namespace {

constexpr char kEsc = 0x1B;
constexpr qsizetype kMaxHeld = 4096; // a sequence longer than this is passed on unexamined

bool isGraphics(const QByteArray &designation)
{
    return designation.size() == 2 && designation.at(1) == '0';
}

// ISO Latin-1 supplemental designated as a 96-character set (ESC - A, ESC . A, ESC / A).
bool isLatin1(const QByteArray &designation)
{
    return designation.size() == 2 && designation.at(1) == 'A'
        && (designation.at(0) == '-' || designation.at(0) == '.' || designation.at(0) == '/');
}

// The VT52 graphics set from 0x5F to 0x7E, as xterm shows it (the fraction numerators 3/, 5/
// and 7/ have no Unicode character: blank).
constexpr char16_t kVt52Graphics[]
    = { u' ', u' ', u'\u25AE', u'\u215F', u' ', u' ', u' ', u'\u00B0', u'\u00B1', u'\u2192',
          u'\u2026', u'\u00F7', u'\u2193', u'\u23BA', u'\u23BA', u'\u23BB', u'\u23BB', u'\u23BC',
          u'\u23BC', u'\u23BD', u'\u23BD', u'\u2080', u'\u2081', u'\u2082', u'\u2083', u'\u2084',
          u'\u2085', u'\u2086', u'\u2087', u'\u2088', u'\u2089', u'\u00B6' };
static_assert(sizeof kVt52Graphics / sizeof kVt52Graphics[0] == 0x7F - 0x5F);

} // namespace

void TerminalInterceptor::reset()
{
    m_current = Charsets();
    m_saved = Charsets();
    m_topMargin = 0;
    m_vt52 = false;
    m_vt52Graphics = false;
    updateGraphics();
}

void TerminalInterceptor::updateGraphics()
{
    const QByteArray &designation = m_current.designation[m_current.gl];
    m_graphicsInGl = !m_vt52 && isGraphics(designation);
    m_translate = m_vt52        ? (m_vt52Graphics ? Translate::Vt52Graphics : Translate::None)
        : isLatin1(designation) ? Translate::Latin1
                                : Translate::None;
}

bool TerminalInterceptor::translate(const char *bytes, qsizetype i, uchar c)
{
    char16_t mapped = 0;
    if (m_translate == Translate::Latin1 && c >= 0x20 && c < 0x80)
        mapped = char16_t(0xA0 + (c - 0x20));
    else if (m_translate == Translate::Vt52Graphics && c >= 0x5F && c < 0x7F)
        mapped = kVt52Graphics[c - 0x5F];
    if (mapped == 0)
        return false;
    flush(bytes, i);
    emitWrite(QString(QChar(mapped)).toUtf8()); // libvterm takes UTF-8 whatever GL holds
    m_passStart = i + 1;
    return true;
}

void TerminalInterceptor::flush(const char *bytes, qsizetype end)
{
    if (end > m_passStart) {
        m_sink->write(bytes + m_passStart, end - m_passStart);
        m_passStart = end;
    }
}

void TerminalInterceptor::finishPassed(bool includeCurrent)
{
    if (m_seqStart < 0 && !m_held.isEmpty() && !m_released) {
        // Begun in an earlier chunk: handed over in one piece with its end from this one.
        const qsizetype end = includeCurrent ? m_pos + 1 : m_pos;
        m_held.append(m_bytes + m_passStart, end - m_passStart);
        emitWrite(m_held);
        m_passStart = end;
    }
    m_held.clear();
    m_seqStart = -1;
    m_state = State::Ground;
}

void TerminalInterceptor::beginIntercept(const char *bytes)
{
    if (m_seqStart >= 0)
        flush(bytes, m_seqStart);
    m_held.clear();
    m_seqStart = -1;
    m_state = State::Ground;
}

void TerminalInterceptor::startSequence(qsizetype at, State state)
{
    m_seqStart = at;
    m_state = state;
    m_released = false;
    m_intermediates.clear();
}

QByteArray TerminalInterceptor::restoreBytes() const
{
    QByteArray out;
    for (const QByteArray &designation : m_saved.designation)
        out += kEsc + designation;
    static const char *const kLockingShifts[] = { "\x0F", "\x0E", "\x1Bn", "\x1Bo" };
    static const char *const kRightShifts[] = { "", "\x1B~", "\x1B}", "\x1B|" };
    out += kLockingShifts[m_saved.gl & 3];
    out += kRightShifts[m_saved.gr & 3];
    if (m_saved.origin != m_current.origin)
        out += m_saved.origin ? "\x1B[?6h" : "\x1B[?6l";
    return out;
}

void TerminalInterceptor::feed(const char *bytes, qsizetype size)
{
    m_passStart = 0;
    m_seqStart = -1;
    for (qsizetype i = 0; i < size; ++i) {
        if (m_state == State::Ground && !m_vt52) {
            // The hot path: plain text passes in one run.
            if (!m_graphicsInGl && m_translate == Translate::None) {
                while (i < size && static_cast<uchar>(bytes[i]) >= 0x20
                    && static_cast<uchar>(bytes[i]) < 0xF8)
                    ++i;
                if (i == size)
                    break;
            }
            const uchar c = static_cast<uchar>(bytes[i]);
            if (m_translate != Translate::None && translate(bytes, i, c)) {
                continue;
            } else if (c >= 0xF8) {
                flush(bytes, i);
                emitWrite("\xEF\xBF\xBD"); // U+FFFD
                m_passStart = i + 1;
            } else if (c == 0x5F && m_graphicsInGl) {
                flush(bytes, i);
                const QByteArray &designation = m_current.designation[m_current.gl];
                emitWrite(kEsc + designation.left(1) + "B " + kEsc + designation);
                m_passStart = i + 1;
            } else if (c == kEsc) {
                startSequence(i, State::Escape);
            } else if (c == 0x0E || c == 0x0F) {
                m_current.gl = c == 0x0E ? 1 : 0;
                updateGraphics();
            }
            continue;
        }
        step(bytes, i);
    }
    if (m_state == State::Ground || m_released) {
        flush(bytes, size);
        return;
    }
    // A sequence is still open: keep its start for the next chunk.
    if (m_seqStart >= 0) {
        flush(bytes, m_seqStart);
        m_held = QByteArray(bytes + m_seqStart, size - m_seqStart);
    } else {
        m_held.append(bytes + m_passStart, size - m_passStart);
    }
    m_passStart = size;
    if (m_held.size() > kMaxHeld) { // nothing of ours is that long: let libvterm have it
        emitWrite(m_held);
        m_held.clear();
        m_released = true;
        m_csiOdd = true;
    }
}

void TerminalInterceptor::step(const char *bytes, qsizetype i)
{
    m_bytes = bytes;
    m_pos = i;
    const uchar c = static_cast<uchar>(bytes[i]);
    switch (m_state) {
    case State::Ground: // VT52 mode
        if (c == kEsc)
            startSequence(i, State::Vt52Escape);
        else if (m_translate != Translate::None)
            translate(bytes, i, c);
        return;
    case State::Escape:
    case State::EscapeIntermediate:
        if (c == kEsc) {
            finishPassed(false);
            startSequence(i, State::Escape);
        } else if (c == 0x18 || c == 0x1A) {
            finishPassed();
        } else if (c == 0x0E || c == 0x0F) {
            m_current.gl = c == 0x0E ? 1 : 0;
            updateGraphics();
        } else if (c < 0x20) {
            // executed by libvterm in place; the sequence goes on
        } else if (c <= 0x2F) {
            m_intermediates.append(char(c));
            m_state = State::EscapeIntermediate;
        } else if (c == '[' && m_state == State::Escape) {
            m_state = State::Csi;
            m_paramCount = 0;
            m_leader = 0;
            m_csiOdd = false;
        } else if ((c == ']' || c == 'P' || c == '_' || c == '^' || c == 'X')
            && m_state == State::Escape) {
            // A string (OSC, DCS, ...): never ours, but held whole (up to kMaxHeld) so that
            // libvterm 0.1.4, which drops a title split across two writes, gets it at once.
            m_stringIsOsc = c == ']';
            m_state = State::String;
        } else if (c <= 0x7E) {
            escapeFinal(bytes, i, char(c));
        } else {
            finishPassed();
        }
        return;
    case State::Csi:
        if (c >= '0' && c <= '9') {
            if (m_paramCount == 0)
                m_params[m_paramCount++] = -1;
            int &p = m_params[m_paramCount - 1];
            p = std::min((p < 0 ? 0 : p) * 10 + (c - '0'), 99999);
        } else if (c == ';') {
            if (m_paramCount == 0)
                m_params[m_paramCount++] = -1;
            if (m_paramCount < int(m_params.size()))
                m_params[m_paramCount++] = -1;
            else
                m_csiOdd = true;
        } else if (c >= 0x3C && c <= 0x3F) {
            if (m_paramCount == 0 && m_leader == 0 && m_intermediates.isEmpty())
                m_leader = char(c);
            else
                m_csiOdd = true;
        } else if (c == ':') {
            m_csiOdd = true;
        } else if (c >= 0x20 && c <= 0x2F) {
            m_intermediates.append(char(c));
        } else if (c >= 0x40 && c <= 0x7E) {
            csiFinal(bytes, i, char(c));
        } else if (c == kEsc) {
            finishPassed(false);
            startSequence(i, State::Escape);
        } else if (c == 0x18 || c == 0x1A) {
            finishPassed();
        } else if (c < 0x20) {
            m_csiOdd = true; // a control inside: libvterm runs it in place, so never drop it
            if (c == 0x0E || c == 0x0F) {
                m_current.gl = c == 0x0E ? 1 : 0;
                updateGraphics();
            }
        }
        return;
    case State::String:
        if (c == 0x07 && m_stringIsOsc)
            finishPassed();
        else if (c == kEsc)
            m_state = State::StringEscape;
        else if (c == 0x18 || c == 0x1A)
            finishPassed();
        return;
    case State::StringEscape:
        if (c == kEsc)
            return;
        finishPassed(); // ESC \ ends the string; anything else aborts it in libvterm too
        return;
    case State::Vt52Escape:
        if (c == kEsc) {
            beginIntercept(bytes); // a lone ESC: dropped
            startSequence(i, State::Vt52Escape);
        } else if (c == 'Y') {
            m_state = State::Vt52Row;
        } else if (c >= 0x20) {
            vt52Escape(bytes, i, char(c));
        }
        return;
    case State::Vt52Row:
        if (c >= 0x20) {
            m_vt52Row = c - 31;
            m_state = State::Vt52Column;
        }
        return;
    case State::Vt52Column:
        if (c >= 0x20) {
            beginIntercept(bytes);
            emitWrite(QByteArray("\x1B[") + QByteArray::number(std::max(1, m_vt52Row)) + ';'
                + QByteArray::number(std::max(1, c - 31)) + 'H');
            m_passStart = i + 1;
        }
        return;
    }
}

void TerminalInterceptor::escapeFinal(const char *bytes, qsizetype i, char final)
{
    if (m_intermediates == " " && final == 'G') {
        // S8C1T: 8-bit controls are not supported (a UTF-8 terminal): ignored, so that every
        // answer stays 7-bit (libvterm would switch its own answers to C1 bytes).
        beginIntercept(bytes);
        m_passStart = i + 1;
        return;
    }
    if (!m_intermediates.isEmpty()) {
        const char selector = m_intermediates.at(0);
        const int set = selector == '('          ? 0
            : selector == ')' || selector == '-' ? 1
            : selector == '*' || selector == '.' ? 2
            : selector == '+' || selector == '/' ? 3
                                                 : -1;
        if (set >= 0) {
            m_current.designation[set] = m_intermediates + final;
            updateGraphics();
        }
        finishPassed();
        return;
    }
    switch (final) {
    case '7': // DECSC
        m_saved = m_current;
        finishPassed();
        return;
    case '8': // DECRC: the character sets and origin mode first, then libvterm's part
        beginIntercept(bytes);
        emitWrite(restoreBytes()
            + "\x1B"
              "8");
        m_current = m_saved;
        updateGraphics();
        m_passStart = i + 1;
        return;
    case 'c': // RIS
        reset();
        finishPassed();
        return;
    case 'Z': // DECID
        beginIntercept(bytes);
        m_passStart = i + 1;
        m_sink->event(Event::PrimaryAttributes);
        return;
    case 'n':
    case 'o':
        m_current.gl = final == 'n' ? 2 : 3;
        updateGraphics();
        break;
    case '~':
    case '}':
    case '|':
        m_current.gr = final == '~' ? 1 : final == '}' ? 2 : 3;
        break;
    default:
        break;
    }
    finishPassed();
}

void TerminalInterceptor::csiFinal(const char *bytes, qsizetype i, char final)
{
    if (m_csiOdd || m_intermediates.size() > 1) {
        finishPassed();
        return;
    }
    const auto param = [this](int k) { return k < m_paramCount ? m_params[k] : -1; };
    if (!m_intermediates.isEmpty()) {
        if (m_intermediates.at(0) == '!' && final == 'p' && m_leader == 0) {
            // DECSTR: libvterm 0.1.4 never matches it (it expects '!' as a leader byte).
            m_current = Charsets();
            m_topMargin = 0;
            updateGraphics();
            beginIntercept(bytes);
            m_passStart = i + 1;
            m_sink->event(Event::SoftReset);
            return;
        }
        finishPassed();
        return;
    }
    const auto intercept = [&](Event event) {
        beginIntercept(bytes);
        m_passStart = i + 1;
        m_sink->event(event);
    };
    switch (final) {
    case 'c':
        if (m_paramCount <= 1 && param(0) <= 0) {
            if (m_leader == 0)
                return intercept(Event::PrimaryAttributes);
            if (m_leader == '>')
                return intercept(Event::SecondaryAttributes);
            if (m_leader == '=')
                return intercept(Event::TertiaryAttributes);
        }
        break;
    case 'n':
        if (m_paramCount == 1 && param(0) == 6) {
            if (m_leader == 0)
                return intercept(Event::CursorReport);
            if (m_leader == '?')
                return intercept(Event::ExtendedCursorReport);
        }
        if (m_paramCount == 1 && m_leader == '?') {
            if (param(0) == 15)
                return intercept(Event::PrinterStatus);
            if (param(0) == 25)
                return intercept(Event::UdkStatus);
            if (param(0) == 26)
                return intercept(Event::KeyboardStatus);
        }
        break;
    case 'x':
        if (m_leader == 0 && m_paramCount <= 1 && param(0) <= 1)
            return intercept(
                param(0) == 1 ? Event::TerminalParametersSolicited : Event::TerminalParameters);
        break;
    case 'r':
        if (m_leader == 0) {
            const int top = std::max(1, param(0));
            const int bottom = param(1);
            if (bottom < 0 || bottom > top)
                m_topMargin = top - 1;
        }
        break;
    case 'h':
    case 'l':
        if (m_leader == '?')
            return decModes(bytes, i, final == 'h');
        break;
    default:
        break;
    }
    finishPassed();
}

void TerminalInterceptor::decModes(const char *bytes, qsizetype i, bool set)
{
    bool ours = false;
    for (int k = 0; k < m_paramCount; ++k) {
        const int mode = m_params[k];
        if (mode == 3 || (mode == 2 && !set) || ((mode == 1048 || mode == 1049) && !set))
            ours = true;
        if ((mode == 1048 || mode == 1049) && set)
            m_saved = m_current;
    }
    if (!ours) {
        for (int k = 0; k < m_paramCount; ++k) {
            if (m_params[k] == 6)
                m_current.origin = set;
        }
        finishPassed();
        return;
    }
    // Split: the modes libvterm knows go to it in order, ours are done in between.
    beginIntercept(bytes);
    m_passStart = i + 1;
    const QByteArray tail = set ? "h" : "l";
    QByteArray others;
    const auto flushOthers = [&] {
        if (!others.isEmpty())
            emitWrite("\x1B[?" + others + tail);
        others.clear();
    };
    for (int k = 0; k < m_paramCount; ++k) {
        const int mode = m_params[k];
        if (mode == 3) {
            flushOthers();
            m_topMargin = 0;
            m_sink->event(set ? Event::Columns132 : Event::Columns80);
        } else if (mode == 2 && !set) {
            flushOthers();
            m_vt52 = true;
            m_vt52Graphics = false;
            updateGraphics();
        } else if ((mode == 1048 || mode == 1049) && !set) {
            flushOthers();
            emitWrite(restoreBytes() + "\x1B[?" + QByteArray::number(mode) + 'l');
            m_current = m_saved;
            updateGraphics();
        } else if (mode >= 0) {
            if (mode == 6)
                m_current.origin = set;
            if (!others.isEmpty())
                others += ';';
            others += QByteArray::number(mode);
        }
    }
    flushOthers();
}

void TerminalInterceptor::vt52Escape(const char *bytes, qsizetype i, char final)
{
    beginIntercept(bytes);
    m_passStart = i + 1;
    switch (final) {
    case 'A':
    case 'B':
    case 'C':
    case 'D':
    case 'H':
    case 'J':
    case 'K':
        emitWrite(QByteArray("\x1B[") + final);
        return;
    case 'I': // reverse line feed
        emitWrite("\x1BM");
        return;
    case 'F': // the VT52 graphics set on and off
    case 'G':
        m_vt52Graphics = final == 'F';
        updateGraphics();
        return;
    case '=':
    case '>':
        emitWrite(QByteArray(1, kEsc) + final);
        return;
    case '<': // back to ANSI mode
        m_vt52 = false;
        m_vt52Graphics = false;
        updateGraphics();
        return;
    case 'Z':
        m_sink->event(Event::Vt52Identify);
        return;
    default: // unknown or printer controls: ignored, never shown
        return;
    }
}

} // namespace charon::terminal
