// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the terminal does on top of libvterm 0.1.4: a light scanner in front of it that follows
// the escape-sequence syntax (ECMA-48 / DEC STD 070), passes everything through unchanged and
// in large runs, and takes out or rewrites the few sequences libvterm gets wrong or lacks:
//  - DECSC/DECRC (ESC 7/8, CSI ?1048/?1049) also save and restore the character sets (G0-G3,
//    GL/GR shifts) and origin mode, as xterm does; libvterm restores only position and pen.
//  - DA1/DA2/DA3, DECID and CPR/DECXCPR are answered by the engine (one identity; CPR relative
//    to the margins in origin mode): they come out as events.
//  - DECCOLM (CSI ?3h/l) comes out as an event (libvterm ignores it).
//  - 0x5F in the DEC Special Graphics set is a blank (libvterm leaves it an underscore).
//  - VT52 mode (CSI ?2l until ESC <): its sequences are translated to their ANSI equivalents,
//    its graphics set to Unicode as xterm shows it.
//  - ISO Latin-1 designated as a 96-character set (ESC - A, ...) and invoked into GL (SO, LS2,
//    LS3) is translated to Unicode; libvterm knows only 94-character sets.
//  - DECSTR (CSI ! p), which libvterm never recognises, comes out as an event.
//  - S8C1T (ESC SP G) is ignored: answers stay 7-bit.
//  - OSC/DCS strings are handed over whole (libvterm drops a title split across writes).
//  - DECREQTPARM (CSI 0/1 x) and the VT220 status reports (printer, UDK, keyboard) are
//    answered; libvterm ignores them.
//  - Bytes 0xF8-0xFF, never valid UTF-8, become U+FFFD: libvterm 0.1.4 takes them for the
//    start of a 5 or 6 byte sequence and swallows what follows, escape sequences included.
// Text runs are scanned with two compares per byte, so a flood costs little more than before.

#include <QByteArray>
#include <QtGlobal>

#include <array>

namespace charon::terminal {

class TerminalInterceptor
{
public:
    enum class Event : quint8 {
        PrimaryAttributes, // DA1 (CSI c, CSI 0 c) or DECID (ESC Z)
        SecondaryAttributes, // DA2 (CSI > c)
        TertiaryAttributes, // DA3 (CSI = c)
        CursorReport, // CSI 6 n
        ExtendedCursorReport, // CSI ? 6 n (DECXCPR)
        Columns80, // CSI ? 3 l
        Columns132, // CSI ? 3 h
        Vt52Identify, // ESC Z in VT52 mode
        SoftReset, // CSI ! p (DECSTR), which libvterm 0.1.4 does not recognise
        TerminalParameters, // CSI x / CSI 0 x (DECREQTPARM, unsolicited reports allowed)
        TerminalParametersSolicited, // CSI 1 x
        PrinterStatus, // CSI ? 15 n
        UdkStatus, // CSI ? 25 n
        KeyboardStatus, // CSI ? 26 n
    };

    class Sink
    {
    public:
        virtual void write(const char *bytes, qsizetype size) = 0; // to libvterm
        virtual void event(Event event) = 0;

    protected:
        ~Sink() = default;
    };

    explicit TerminalInterceptor(Sink *sink)
        : m_sink(sink)
    { }

    void feed(const char *bytes, qsizetype size);
    void reset(); // the terminal was reset from outside (RIS is seen in the stream)

    bool isVt52() const { return m_vt52; }
    bool originMode() const { return m_current.origin; }
    int topMargin() const { return m_topMargin; } // 0-based
    // A DECCOLM or a resize resets the margins, as in libvterm and xterm.
    void resetMargins() { m_topMargin = 0; }

private:
    enum class State : quint8 {
        Ground,
        Escape,
        EscapeIntermediate,
        Csi,
        String, // OSC, DCS, APC, PM, SOS: passed through up to their terminator
        StringEscape,
        Vt52Escape,
        Vt52Row,
        Vt52Column,
    };

    struct Charsets
    {
        std::array<QByteArray, 4> designation { "B", "B", "B", "B" }; // intermediates + final
        quint8 gl = 0;
        quint8 gr = 1;
        bool origin = false;
    };

    void flush(const char *bytes, qsizetype end);
    void emitWrite(const QByteArray &bytes) { m_sink->write(bytes.constData(), bytes.size()); }
    void step(const char *bytes, qsizetype i);
    void startSequence(qsizetype at, State state);
    // A sequence ended (at the current byte, or just before it) that libvterm should see as is.
    void finishPassed(bool includeCurrent = true);
    void beginIntercept(const char *bytes); // the current sequence is ours: drop its bytes
    void escapeFinal(const char *bytes, qsizetype i, char final);
    void csiFinal(const char *bytes, qsizetype i, char final);
    void decModes(const char *bytes, qsizetype i, bool set);
    void vt52Escape(const char *bytes, qsizetype i, char final);
    void updateGraphics();
    // Writes the character GL maps byte `c` to (Latin-1 96-set, VT52 graphics); false if none.
    bool translate(const char *bytes, qsizetype i, uchar c);
    QByteArray restoreBytes() const;

    Sink *m_sink;
    State m_state = State::Ground;
    qsizetype m_passStart = 0; // start of the bytes not yet written, in the current chunk
    const char *m_bytes = nullptr; // the chunk being scanned and the byte at hand
    qsizetype m_pos = 0;
    qsizetype m_seqStart = -1; // where the current sequence began in this chunk, -1: earlier
    QByteArray m_held; // the start of a sequence that began in an earlier chunk
    // The CSI (or escape) being parsed.
    std::array<int, 16> m_params {};
    int m_paramCount = 0;
    char m_leader = 0;
    QByteArray m_intermediates;
    bool m_csiOdd = false; // sub-parameters or controls inside: not one of ours
    bool m_stringIsOsc = false;
    bool m_released = false; // the open sequence was too long and went to libvterm already
    int m_vt52Row = 0;
    bool m_vt52 = false;
    bool m_graphicsInGl = false;
    bool m_vt52Graphics = false;
    enum class Translate : quint8 { None, Latin1, Vt52Graphics };
    Translate m_translate = Translate::None;
    int m_topMargin = 0;
    Charsets m_current;
    Charsets m_saved;
};

} // namespace charon::terminal
