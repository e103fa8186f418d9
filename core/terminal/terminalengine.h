// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The terminal state stage of a console: a libvterm terminal (xterm-compatible: colours,
// attributes, DEC line drawing, alternate screen, wide characters) plus the scrollback that
// libvterm leaves to its user. Bytes from the guest go in with feed(); what changed comes out
// as a damage rectangle in cells, which the view turns into repaints at its own frame rate.
// Keys go in as keyPress()/charPress(); the bytes libvterm wants to send back (key encodings,
// answers to device queries) come out through output().
//
// Lines have stable numbers: the scrollback holds lines [firstLine(), screenTop()) and the
// screen rows are screenTop() + row. A line keeps its number when it scrolls off the screen,
// so a selection or a search hit stays on its text while output goes on.
// On top of libvterm (see TerminalInterceptor): DECCOLM switches between 80 and 132 columns
// (columnModeChanged() tells the view), DECSC/DECRC keep the character sets, device attributes
// and the cursor report follow one configurable identity, VT52 mode is translated.
// Combining characters are kept with their cell (TerminalCell::marks, lineCells' marks).
// When text scrolls, what changed comes out as a move of whole rows plus damaged cells
// (takeChanges), so a view can move what it painted instead of painting it again.
// Not supported: mouse reporting, line reflow on resize.

#include "core/terminal/terminalcell.h"
#include "core/terminal/terminalinterceptor.h"
#include "core/terminal/terminalscrollback.h"

#include <QByteArray>
#include <QObject>
#include <QPoint>
#include <QRect>
#include <QString>

#include <memory>
#include <vector>

struct VTerm;
struct VTermScreen;

namespace charon::terminal {

class TerminalEngine : public QObject, private TerminalInterceptor::Sink
{
    Q_OBJECT

public:
    // Who the terminal says it is, in DA1/DA2 and (through the console) TERMINAL-TYPE.
    enum class Identity : quint8 { Vt100, Vt220, Xterm };
    Q_ENUM(Identity)
    enum class CursorShape : quint8 { Block, Underline, Bar };
    enum class Key : quint8 {
        Enter,
        Tab,
        Backspace,
        Escape,
        Up,
        Down,
        Left,
        Right,
        Insert,
        Delete,
        Home,
        End,
        PageUp,
        PageDown,
        F1,
        F2,
        F3,
        F4,
        F5,
        F6,
        F7,
        F8,
        F9,
        F10,
        F11,
        F12,
        Keypad0,
        Keypad1,
        Keypad2,
        Keypad3,
        Keypad4,
        Keypad5,
        Keypad6,
        Keypad7,
        Keypad8,
        Keypad9,
        KeypadMultiply,
        KeypadPlus,
        KeypadComma,
        KeypadMinus,
        KeypadPeriod,
        KeypadDivide,
        KeypadEnter,
        KeypadEqual,
    };
    Q_ENUM(Key)

    explicit TerminalEngine(int rows = 24, int columns = 80, QObject *parent = nullptr);
    ~TerminalEngine() override;

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    void resize(int rows, int columns);

    void feed(const char *bytes, qsizetype size);
    void feed(const QByteArray &bytes) { feed(bytes.constData(), bytes.size()); }
    void reset();

    void setIdentity(Identity identity) { m_identity = identity; }
    Identity identity() const { return m_identity; }
    // The answers to DA1 and DA2 for an identity, and the matching telnet TERMINAL-TYPE.
    static QByteArray primaryAttributes(Identity identity);
    static QByteArray secondaryAttributes(Identity identity);
    static QByteArray terminalType(Identity identity);
    // 80 or 132 after the guest sent DECCOLM, 0 before (the view decides the width).
    int columnMode() const { return m_columnMode; }
    bool isVt52() const { return m_interceptor.isVt52(); }

    // Keys, encoded by libvterm for the current modes (application cursor keys, keypad...).
    void keyPress(Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void charPress(char32_t ch, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Text as one paste: bracketed when the guest asked for it, newlines sent as CR.
    void paste(const QString &text);
    void setFocused(bool focused);

    // Lines and cells (see the numbering above). Outside the stored range a cell is blank.
    qint64 firstLine() const { return m_screenTop - m_scrollback.size(); }
    qint64 screenTop() const { return m_screenTop; }
    qint64 endLine() const { return m_screenTop + m_rows; }
    int scrollbackSize() const { return m_scrollback.size(); }
    int scrollbackCapacity() const { return m_scrollback.capacity(); }
    void setScrollbackCapacity(int lines) { m_scrollback.setCapacity(lines); }
    void clearScrollback();
    const TerminalScrollback &scrollback() const { return m_scrollback; }
    TerminalCell cell(qint64 line, int column) const;
    // Cells [0, count) of a line into `out` (resized to count), and its combining characters
    // into `marks` when given (by column; see TerminalCell::marks).
    void lineCells(qint64 line, int count, std::vector<TerminalCell> &out,
        std::vector<TerminalMark> *marks = nullptr) const;
    // The characters of a line between two columns (end exclusive), wide characters once,
    // combining characters after their base, trailing blanks trimmed when `trim`.
    QString lineText(qint64 line, int fromColumn = 0, int toColumn = -1, bool trim = true) const;

    QPoint cursor() const { return m_cursor; } // x = column, y = screen row
    bool isCursorVisible() const { return m_cursorVisible; }
    bool isCursorBlinking() const { return m_cursorBlinking; }
    CursorShape cursorShape() const { return m_cursorShape; }
    bool isAlternateScreen() const { return m_alternateScreen; }
    bool isReverseVideo() const { return m_reverseVideo; }
    QString title() const { return m_title; }

    // What changed on the screen since the last takeChanges() or takeDamage(): first the
    // rows [scrollTop, scrollBottom) moved up by scrollLines (down when negative: the text
    // of row r + scrollLines is now in row r, the rows left empty are in the damage), then
    // the cells of `damage` changed (x = column, y = row).
    struct Changes
    {
        QRect damage;
        int scrollTop = 0;
        int scrollBottom = 0;
        int scrollLines = 0;
    };
    Changes takeChanges();
    // The same as cells only: moved rows count as damaged. Empty if nothing changed.
    QRect damage() const;
    QRect takeDamage();

Q_SIGNALS:
    // After feed(), resize() or a key, when anything visible changed.
    void contentChanged();
    // Bytes for the guest: key encodings, paste, answers to queries such as DA.
    void output(const QByteArray &bytes);
    void titleChanged(const QString &title);
    void bell();
    // The guest switched to 80 or 132 columns (DECCOLM): the screen is cleared, the engine
    // already has the new width; the view fits it and tells the peer (NAWS).
    void columnModeChanged(int columns);

private:
    friend struct TerminalEngineCallbacks;
    struct VTermDeleter
    {
        void operator()(VTerm *vt) const;
    };

    // Damage in the screen's coordinates of now: libvterm's pending moves are taken first.
    void damageCells(const QRect &cells);
    void addDamage(const QRect &cells);
    void moveRows(int top, int bottom, int lines);
    QRect scrolledRows() const;
    void finishCall();
    void applySize(int rows, int columns);
    void write(const char *bytes, qsizetype size) override;
    void event(TerminalInterceptor::Event event) override;

    std::unique_ptr<VTerm, VTermDeleter> m_vt;
    TerminalInterceptor m_interceptor { this };
    VTermScreen *m_screen = nullptr; // owned by m_vt
    TerminalScrollback m_scrollback;
    qint64 m_screenTop = 0;
    int m_rows;
    int m_columns;
    QRect m_damage;
    int m_scrollTop = 0; // rows moved since the last takeChanges(), see Changes
    int m_scrollBottom = 0;
    int m_scrollLines = 0;
    std::vector<TerminalCell> m_pushCells; // a line on its way into the scrollback
    std::vector<TerminalMark> m_pushMarks;
    QPoint m_cursor;
    QByteArray m_pendingOutput;
    QString m_title;
    CursorShape m_cursorShape = CursorShape::Block;
    Identity m_identity = Identity::Vt220;
    int m_columnMode = 0;
    bool m_columnModePending = false;
    bool m_cursorVisible = true;
    bool m_cursorBlinking = false;
    bool m_alternateScreen = false;
    bool m_reverseVideo = false;
    bool m_changed = false;
    bool m_bellPending = false;
    bool m_titlePending = false;
    bool m_inCall = false;
    bool m_inFlush = false;
};

} // namespace charon::terminal
