// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// charon::terminal::TerminalEngine: escape sequences in, cells out. Colours, attributes, cursor,
// DEC line drawing, wide characters, alternate screen, scrollback, resize, damage, and the bytes
// libvterm sends back (device answers, key encodings, paste).

#include "core/terminal/terminalengine.h"
#include "tests/harness/testmain.h"
#include "ui/terminal/terminalpalette.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::terminal::TerminalCell;
using charon::terminal::TerminalColor;
using charon::terminal::TerminalEngine;
using charon::terminal::TerminalScrollback;
using charon::ui::TerminalPalette;

namespace {

QByteArray outputOf(charon::terminal::TerminalEngine &engine, const std::function<void()> &action)
{
    QByteArray out;
    const auto connection = QObject::connect(&engine, &charon::terminal::TerminalEngine::output,
        [&](const QByteArray &bytes) { out += bytes; });
    action();
    QObject::disconnect(connection);
    return out;
}

} // namespace

class TestTerminalEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textAndCursor()
    {
        charon::terminal::TerminalEngine engine;
        engine.feed("hello");
        QCOMPARE(engine.lineText(engine.screenTop()), u"hello"_s);
        QCOMPARE(engine.cursor(), QPoint(5, 0));
        engine.feed("\x1b[5;10HX");
        QCOMPARE(engine.cell(engine.screenTop() + 4, 9).ch, U'X');
        QCOMPARE(engine.cursor(), QPoint(10, 4));
    }

    void colors_data()
    {
        QTest::addColumn<QByteArray>("sgr");
        QTest::addColumn<quint32>("fg");
        QTest::addColumn<quint32>("bg");
        QTest::newRow("default") << QByteArray("") << charon::terminal::TerminalColor::Default
                                 << charon::terminal::TerminalColor::Default;
        QTest::newRow("SGR 31") << QByteArray("31") << charon::terminal::TerminalColor::indexed(1)
                                << charon::terminal::TerminalColor::Default;
        QTest::newRow("SGR 91") << QByteArray("91") << charon::terminal::TerminalColor::indexed(9)
                                << charon::terminal::TerminalColor::Default;
        QTest::newRow("SGR 42") << QByteArray("42") << charon::terminal::TerminalColor::Default
                                << charon::terminal::TerminalColor::indexed(2);
        QTest::newRow("SGR 38;5;200")
            << QByteArray("38;5;200") << charon::terminal::TerminalColor::indexed(200)
            << charon::terminal::TerminalColor::Default;
        QTest::newRow("SGR 48;5;17")
            << QByteArray("48;5;17") << charon::terminal::TerminalColor::Default
            << charon::terminal::TerminalColor::indexed(17);
        QTest::newRow("SGR 38;2;1;2;3")
            << QByteArray("38;2;1;2;3") << charon::terminal::TerminalColor::rgb(1, 2, 3)
            << charon::terminal::TerminalColor::Default;
        QTest::newRow("SGR 48;2;250;128;0")
            << QByteArray("48;2;250;128;0") << charon::terminal::TerminalColor::Default
            << charon::terminal::TerminalColor::rgb(250, 128, 0);
        QTest::newRow("SGR 31 then 39")
            << QByteArray("31;39") << charon::terminal::TerminalColor::Default
            << charon::terminal::TerminalColor::Default;
    }

    void colors()
    {
        QFETCH(QByteArray, sgr);
        QFETCH(quint32, fg);
        QFETCH(quint32, bg);
        charon::terminal::TerminalEngine engine;
        engine.feed("\x1b[" + sgr + "mX");
        const charon::terminal::TerminalCell cell = engine.cell(engine.screenTop(), 0);
        QCOMPARE(cell.ch, U'X');
        QCOMPARE(cell.fg, fg);
        QCOMPARE(cell.bg, bg);
    }

    void paletteResolvesColors()
    {
        TerminalPalette palette;
        palette.setDefaultColors(Qt::white, Qt::black);
        QCOMPARE(QColor(palette.resolve(charon::terminal::TerminalColor::indexed(196), true)),
            QColor(255, 0, 0));
        QCOMPARE(QColor(palette.resolve(charon::terminal::TerminalColor::indexed(232), true)),
            QColor(8, 8, 8));
        QCOMPARE(QColor(palette.resolve(charon::terminal::TerminalColor::rgb(1, 2, 3), true)),
            QColor(1, 2, 3));
        QCOMPARE(QColor(palette.resolve(charon::terminal::TerminalColor::Default, true)),
            QColor(Qt::white));
        QCOMPARE(QColor(palette.resolve(charon::terminal::TerminalColor::Default, false)),
            QColor(Qt::black));
        // Bold makes the first 8 colours bright; reverse swaps foreground and background
        QCOMPARE(palette.resolve(charon::terminal::TerminalColor::indexed(1), true, true),
            palette.resolve(charon::terminal::TerminalColor::indexed(9), true));
        charon::terminal::TerminalCell cell;
        cell.fg = charon::terminal::TerminalColor::indexed(2);
        cell.attrs = charon::terminal::TerminalCell::Reverse;
        QCOMPARE(palette.background(cell),
            palette.resolve(charon::terminal::TerminalColor::indexed(2), true));
        QCOMPARE(QColor(palette.foreground(cell)), QColor(Qt::black));
    }

    void attributes_data()
    {
        QTest::addColumn<QByteArray>("sgr");
        QTest::addColumn<int>("attrs");
        QTest::newRow("bold") << QByteArray("1") << int(charon::terminal::TerminalCell::Bold);
        QTest::newRow("italic") << QByteArray("3") << int(charon::terminal::TerminalCell::Italic);
        QTest::newRow("underline")
            << QByteArray("4") << int(charon::terminal::TerminalCell::Underline);
        QTest::newRow("double underline") << QByteArray("21")
                                          << int(charon::terminal::TerminalCell::Underline
                                                 | charon::terminal::TerminalCell::DoubleUnderline);
        QTest::newRow("blink") << QByteArray("5") << int(charon::terminal::TerminalCell::Blink);
        QTest::newRow("reverse") << QByteArray("7") << int(charon::terminal::TerminalCell::Reverse);
        QTest::newRow("strike") << QByteArray("9") << int(charon::terminal::TerminalCell::Strike);
        QTest::newRow("bold underline reverse")
            << QByteArray("1;4;7")
            << int(charon::terminal::TerminalCell::Bold | charon::terminal::TerminalCell::Underline
                   | charon::terminal::TerminalCell::Reverse);
        QTest::newRow("reset") << QByteArray("1;4;0") << 0;
    }

    void attributes()
    {
        QFETCH(QByteArray, sgr);
        QFETCH(int, attrs);
        charon::terminal::TerminalEngine engine;
        engine.feed("\x1b[" + sgr + "mX");
        QCOMPARE(int(engine.cell(engine.screenTop(), 0).attrs), attrs);
    }

    void lineDrawing()
    {
        charon::terminal::TerminalEngine engine;
        // ESC ( 0 selects DEC special graphics for G0; ESC ( B goes back to ASCII
        engine.feed("\x1b(0lqkx\x1b(Bq");
        QCOMPARE(engine.lineText(engine.screenTop()), u"\u250C\u2500\u2510\u2502q"_s);
        QCOMPARE(engine.cell(engine.screenTop(), 1).ch, U'\u2500');
    }

    void wideCharacters()
    {
        charon::terminal::TerminalEngine engine;
        engine.feed("\xe4\xb8"); // UTF-8 split across reads
        engine.feed("\xad"
                    "A");
        const qint64 top = engine.screenTop();
        QCOMPARE(engine.cell(top, 0).ch, U'\u4E2D');
        QCOMPARE(int(engine.cell(top, 0).width), 2);
        QCOMPARE(int(engine.cell(top, 1).width), 0);
        QCOMPARE(engine.cell(top, 2).ch, U'A');
        QCOMPARE(engine.cursor(), QPoint(3, 0));
        QCOMPARE(engine.lineText(top), u"\u4E2DA"_s);
    }

    void alternateScreen()
    {
        charon::terminal::TerminalEngine engine;
        engine.feed("main screen");
        engine.feed("\x1b[?1049h");
        QVERIFY(engine.isAlternateScreen());
        QCOMPARE(engine.lineText(engine.screenTop()), QString());
        engine.feed("\x1b[Halt");
        QCOMPARE(engine.lineText(engine.screenTop()), u"alt"_s);
        engine.feed("\x1b[?1049l");
        QVERIFY(!engine.isAlternateScreen());
        QCOMPARE(engine.lineText(engine.screenTop()), u"main screen"_s);
    }

    void cursorProperties()
    {
        charon::terminal::TerminalEngine engine;
        QVERIFY(engine.isCursorVisible());
        engine.feed("\x1b[?25l");
        QVERIFY(!engine.isCursorVisible());
        engine.feed("\x1b[?25h\x1b[4 q");
        QVERIFY(engine.isCursorVisible());
        QCOMPARE(engine.cursorShape(), charon::terminal::TerminalEngine::CursorShape::Underline);
        engine.feed("\x1b[5 q");
        QCOMPARE(engine.cursorShape(), charon::terminal::TerminalEngine::CursorShape::Bar);
        QVERIFY(engine.isCursorBlinking());
    }

    void scrollbackKeepsLinesAndColors()
    {
        charon::terminal::TerminalEngine engine(5, 20);
        // Given 20 lines through a 5-row screen, the first one red
        engine.feed("\x1b[31mline 0\x1b[m\r\n");
        for (int i = 1; i < 20; ++i)
            engine.feed(u"line %1\r\n"_s.arg(i).toUtf8());
        // Then 16 lines went to the scrollback (the cursor sits on an empty 5th row)
        QCOMPARE(engine.scrollbackSize(), 16);
        QCOMPARE(engine.screenTop() - engine.firstLine(), 16);
        QCOMPARE(engine.lineText(engine.firstLine()), u"line 0"_s);
        QCOMPARE(
            engine.cell(engine.firstLine(), 0).fg, charon::terminal::TerminalColor::indexed(1));
        QCOMPARE(engine.lineText(engine.screenTop() - 1), u"line 15"_s);
        QCOMPARE(engine.lineText(engine.screenTop()), u"line 16"_s);
        // Stored compactly: only the used cells of each line
        QCOMPARE(engine.scrollback().storedCells(), qsizetype(6 * 10 + 7 * 6));
    }

    void scrollbackIsBounded()
    {
        charon::terminal::TerminalEngine engine(5, 20);
        engine.setScrollbackCapacity(10);
        for (int i = 0; i < 100; ++i)
            engine.feed(u"line %1\r\n"_s.arg(i).toUtf8());
        QCOMPARE(engine.scrollbackSize(), 10);
        QCOMPARE(engine.lineText(engine.firstLine()), u"line 86"_s);
        QCOMPARE(engine.lineText(engine.screenTop()), u"line 96"_s);
        engine.clearScrollback();
        QCOMPARE(engine.scrollbackSize(), 0);
        QCOMPARE(engine.firstLine(), engine.screenTop());
    }

    void scrollbackRing()
    {
        charon::terminal::TerminalScrollback ring(3);
        charon::terminal::TerminalCell cell;
        for (char32_t c : { U'a', U'b', U'c', U'd' }) {
            cell.ch = c;
            ring.push(&cell, 1);
        }
        QCOMPARE(ring.size(), 3);
        QCOMPARE(ring.cell(0, 0).ch, U'b');
        charon::terminal::TerminalScrollback::Line out;
        QVERIFY(ring.popNewest(out));
        QCOMPARE(out.at(0).ch, U'd');
        cell.ch = U'e';
        ring.push(&cell, 1);
        QCOMPARE(ring.cell(2, 0).ch, U'e');
        QCOMPARE(ring.cell(0, 0).ch, U'b');
        ring.setCapacity(2);
        QCOMPARE(ring.size(), 2);
        QCOMPARE(ring.cell(0, 0).ch, U'c');
        QCOMPARE(ring.cell(1, 5).ch, char32_t(0)); // beyond the stored cells: blank
    }

    void resize()
    {
        charon::terminal::TerminalEngine engine(5, 20);
        for (int i = 0; i < 8; ++i)
            engine.feed(u"\r\nline %1"_s.arg(i).toUtf8());
        QCOMPARE(engine.lineText(engine.screenTop() + 4), u"line 7"_s);
        // When the terminal shrinks, lines go to the scrollback and text is cut
        engine.resize(3, 4);
        QCOMPARE(engine.rows(), 3);
        QCOMPARE(engine.columns(), 4);
        QCOMPARE(engine.lineText(engine.screenTop() + 2), u"line"_s);
        // When it grows again, lines come back from the scrollback, whole
        const int before = engine.scrollbackSize();
        engine.resize(6, 20);
        QCOMPARE(engine.scrollbackSize(), before - 3);
        QCOMPARE(engine.lineText(engine.screenTop()), u"line 2"_s);
        QCOMPARE(engine.lineText(engine.screenTop() + 2), u"line 4"_s);
        QCOMPARE(engine.lineText(engine.screenTop() + 3), u"line"_s);
        QCOMPARE(engine.lineText(engine.screenTop() + 5), u"line"_s);
    }

    void damageIsLimitedToChangedCells()
    {
        charon::terminal::TerminalEngine engine(24, 80);
        engine.feed("\x1b[11;1H");
        engine.takeDamage();
        QSignalSpy changed(&engine, &charon::terminal::TerminalEngine::contentChanged);
        engine.feed("\x1b[11;5HX");
        const QRect damage = engine.takeDamage();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(damage.top(), 10);
        QCOMPARE(damage.bottom(), 10);
        QVERIFY(damage.contains(4, 10));
        QVERIFY(damage.width() < 80);
        QVERIFY(engine.takeDamage().isEmpty());
    }

    void answersAndKeys_data()
    {
        QTest::addColumn<QByteArray>("modes");
        QTest::addColumn<int>("key"); // -1: a character
        QTest::addColumn<uint>("ch");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QByteArray>("bytes");
        using K = charon::terminal::TerminalEngine::Key;
        QTest::newRow("up") << QByteArray() << int(K::Up) << 0u << 0 << QByteArray("\x1b[A");
        QTest::newRow("up, application mode")
            << QByteArray("\x1b[?1h") << int(K::Up) << 0u << 0 << QByteArray("\x1bOA");
        QTest::newRow("F1") << QByteArray() << int(K::F1) << 0u << 0 << QByteArray("\x1bOP");
        QTest::newRow("F5") << QByteArray() << int(K::F5) << 0u << 0 << QByteArray("\x1b[15~");
        QTest::newRow("F12") << QByteArray() << int(K::F12) << 0u << 0 << QByteArray("\x1b[24~");
        QTest::newRow("backspace")
            << QByteArray() << int(K::Backspace) << 0u << 0 << QByteArray("\x7f");
        QTest::newRow("enter") << QByteArray() << int(K::Enter) << 0u << 0 << QByteArray("\r");
        QTest::newRow("ctrl+c") << QByteArray() << -1 << uint('c') << int(Qt::ControlModifier)
                                << QByteArray("\x03");
        QTest::newRow("alt+x") << QByteArray() << -1 << uint('x') << int(Qt::AltModifier)
                               << QByteArray("\x1bx");
        QTest::newRow("e acute") << QByteArray() << -1 << 0xE9u << 0 << QByteArray("\xc3\xa9");
    }

    void answersAndKeys()
    {
        QFETCH(QByteArray, modes);
        QFETCH(int, key);
        QFETCH(uint, ch);
        QFETCH(int, modifiers);
        QFETCH(QByteArray, bytes);
        charon::terminal::TerminalEngine engine;
        engine.feed(modes);
        const QByteArray out = outputOf(engine, [&] {
            if (key >= 0)
                engine.keyPress(
                    charon::terminal::TerminalEngine::Key(key), Qt::KeyboardModifiers(modifiers));
            else
                engine.charPress(char32_t(ch), Qt::KeyboardModifiers(modifiers));
        });
        QCOMPARE(out.toHex(), bytes.toHex());
    }

    void deviceAttributesAreAnswered()
    {
        charon::terminal::TerminalEngine engine;
        // A VT220 by default (tst_terminalinterceptor covers the identities and DA2/DA3)
        QCOMPARE(outputOf(engine, [&] { engine.feed("\x1b[c"); }), QByteArray("\x1b[?62;1;6c"));
    }

    void bracketedPaste()
    {
        charon::terminal::TerminalEngine engine;
        QCOMPARE(outputOf(engine, [&] { engine.paste(u"a\nb"_s); }), QByteArray("a\rb"));
        engine.feed("\x1b[?2004h");
        QCOMPARE(outputOf(engine, [&] { engine.paste(u"a\r\nb"_s); }),
            QByteArray("\x1b[200~a\rb\x1b[201~"));
    }

    void titleAndBell()
    {
        charon::terminal::TerminalEngine engine;
        QSignalSpy title(&engine, &charon::terminal::TerminalEngine::titleChanged);
        QSignalSpy bell(&engine, &charon::terminal::TerminalEngine::bell);
        engine.feed("\x1b]2;OPA0 on vax\x07"
                    "ding\x07");
        QCOMPARE(title.size(), 1);
        QCOMPARE(title.at(0).at(0).toString(), u"OPA0 on vax"_s);
        QCOMPARE(engine.title(), u"OPA0 on vax"_s);
        QCOMPARE(bell.size(), 1);
    }
};

CHARON_TEST_GUILESS_MAIN(TestTerminalEngine)
#include "tst_terminalengine.moc"
