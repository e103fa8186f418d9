// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// View > Theme: the dark palette reads (text and window contrast), is remembered, and the
// light and system choices put things back; the icons are all ours whatever the desktop's icon
// theme (no grey theme icon beside our coloured ones), their greys lighten on a dark window;
// the memory bar's trough stays visible on it.

#include "tests/harness/testmain.h"
#include "ui/style/icons.h"
#include "ui/style/themesetting.h"
#include "ui/window/hostheader.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QPainter>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

#include "sampleguests.h"

using namespace Qt::StringLiterals;
using charon::ui::Icons;
using charon::ui::ThemeSetting;

namespace {
QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text().remove(u'&') == text)
            return a;
        if (a->menu())
            if (QAction *inner = findAction(a->menu(), text))
                return inner;
    }
    return nullptr;
}

// The darkest and lightest pixel of an icon's opaque part.
double iconContrastOn(const QIcon &icon, const QColor &background)
{
    const QImage image = icon.pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
    double best = 1.0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200)
                best = std::max(best, ThemeSetting::contrast(c, background));
        }
    }
    return best;
}
} // namespace

class TestDarkTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"charon-tests"_s);
        QCoreApplication::setApplicationName(u"tst_darktheme"_s);
        QSettings().clear();
    }
    void cleanup() { ThemeSetting::apply(ThemeSetting::Mode::System); }

    void darkPaletteReads()
    {
        const QPalette dark = ThemeSetting::darkPalette();
        QVERIFY(ThemeSetting::isDark(dark));
        QVERIFY(!ThemeSetting::isDark(ThemeSetting::lightPalette()));
        // WCAG AA for body text, on the window and in the table
        QVERIFY(
            ThemeSetting::contrast(dark.color(QPalette::WindowText), dark.color(QPalette::Window))
            >= 7.0);
        QVERIFY(
            ThemeSetting::contrast(dark.color(QPalette::Text), dark.color(QPalette::Base)) >= 7.0);
        QVERIFY(ThemeSetting::contrast(
                    dark.color(QPalette::HighlightedText), dark.color(QPalette::Highlight))
            >= 4.5);
        QVERIFY(ThemeSetting::contrast(
                    dark.color(QPalette::PlaceholderText), dark.color(QPalette::Base))
            >= 4.5);
    }

    void viewMenuSwitchesAndRemembers()
    {
        const QString originalStyle = QApplication::style()->name();
        charon::core::GuestStore store;
        charon::test::fillSampleStore(store);
        charon::ui::MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *dark = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && !dark)
                dark = findAction(menu->menu(), u"Dark"_s);
        }
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(ThemeSetting::isDark(QApplication::palette()));
        QTRY_VERIFY(ThemeSetting::isDark(window.palette()));
        QCOMPARE(ThemeSetting::stored(), ThemeSetting::Mode::Dark);
        // The neutral icons lighten with it: Stop stays visible on the dark window
        const QColor background = QApplication::palette().color(QPalette::Window);
        QVERIFY2(iconContrastOn(Icons::action(Icons::Action::Stop), background) >= 3.0,
            qPrintable(
                QString::number(iconContrastOn(Icons::action(Icons::Action::Stop), background))));
        // The memory bar's trough differs from the header behind it
        auto *bar = window.hostHeader()->findChild<QProgressBar *>();
        QVERIFY(bar);
        bar->setValue(30);
        const QImage shot = bar->grab().toImage();
        const QColor trough = shot.pixelColor(shot.width() * 9 / 10, shot.height() / 2);
        QVERIFY2(ThemeSetting::contrast(trough, background) >= 1.2,
            qPrintable(u"trough %1 on %2"_s.arg(trough.name(), background.name())));

        // System puts the desktop's style and palette back
        ThemeSetting::store(ThemeSetting::Mode::System);
        ThemeSetting::apply(ThemeSetting::Mode::System);
        QCOMPARE(QApplication::style()->name(), originalStyle);
        QVERIFY(!ThemeSetting::isDark(QApplication::palette()));
    }

    void iconsAreOursWhateverTheIconTheme()
    {
        // A desktop icon theme that has the freedesktop names of our actions
        QTemporaryDir dir;
        const QString theme = dir.filePath(u"grey"_s);
        QVERIFY(QDir().mkpath(theme + u"/32x32/actions"_s));
        QFile index(theme + u"/index.theme"_s);
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=grey\nDirectories=32x32/actions\n\n[32x32/actions]\n"
                    "Size=32\nType=Fixed\n");
        index.close();
        QImage grey(32, 32, QImage::Format_ARGB32);
        grey.fill(Qt::gray);
        for (const char *name : { "media-playback-start", "media-playback-stop", "view-refresh",
                 "system-shutdown", "starred", "utilities-terminal", "document-edit" })
            QVERIFY(grey.save(theme + u"/32x32/actions/"_s + QLatin1String(name) + u".png"_s));
        const QStringList paths = QIcon::themeSearchPaths();
        const QString previous = QIcon::themeName();
        QIcon::setThemeSearchPaths({ dir.path() });
        QIcon::setThemeName(u"grey"_s);
        QVERIFY(QIcon::hasThemeIcon(u"media-playback-start"_s));
        for (int a = 0; a <= int(Icons::Action::Remove); ++a) {
            const QIcon icon = Icons::action(Icons::Action(a));
            QVERIFY2(icon.name().startsWith(u"action-"_s), qPrintable(icon.name()));
        }
        QIcon::setThemeName(previous);
        QIcon::setThemeSearchPaths(paths);
    }
};

CHARON_TEST_MAIN(TestDarkTheme)
#include "tst_darktheme.moc"
