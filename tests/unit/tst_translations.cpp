// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The shipped translations: the embedded .qm files load, known strings come out in French and
// German (also through the product's own code), every message of the .ts files is finished, the
// placeholders of each translation match its source, and every context lupdate wrote is one the
// code looks its strings up in.

#include "core/config/configparser.h"
#include "core/domain/gueststate.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty when finished
    QStringList translations; // one, or one per plural form
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS"_s) {
            ts.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            message = TsMessage { context, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s, {},
                {} };
        } else if (name == u"source"_s) {
            message.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
            } else {
                message.translations << xml.readElementText();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

// %1..%9 and %n, sorted: a translation may reorder them, never drop or add one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(?:[1-9]|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text))
        found << m.captured();
    found.sort();
    return found;
}

QString tsPath(const QString &language)
{
    return charon::test::sourceDir() + u"/translations/charon_"_s + language + u".ts"_s;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedCatalogsLoad_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("de") << u"de"_s;
    }
    void embeddedCatalogsLoad()
    {
        QFETCH(QString, language);
        // Given the catalog the programs install for this locale
        QTranslator translator;
        // Then it loads from the resources linked into the program, and is not empty
        QVERIFY(translator.load(QLocale(language), u"charon"_s, u"_"_s, u":/i18n"_s));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language().left(2), language);
    }

    void knownStrings_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr menu") << u"fr"_s << u"charon::ui::MainWindow"_s << u"&Quit"_s << -1
                                 << u"&Quitter"_s;
        QTest::newRow("de menu") << u"de"_s << u"charon::ui::MainWindow"_s << u"&Quit"_s << -1
                                 << u"&Beenden"_s;
        QTest::newRow("fr cli") << u"fr"_s << u"charon::cli::UnitCommand"_s << u"Started %1."_s
                                << -1 << u"%1 démarré."_s;
        QTest::newRow("de cli") << u"de"_s << u"charon::cli::UnitCommand"_s << u"Started %1."_s
                                << -1 << u"%1 gestartet."_s;
        QTest::newRow("de singular")
            << u"de"_s << u"LicenseTracker"_s << u"License expires in %n d (%1, reported at %2)"_s
            << 1 << u"Die Lizenz läuft in 1 Tag ab (%1, gemeldet um %2)"_s;
        QTest::newRow("de plural")
            << u"de"_s << u"LicenseTracker"_s << u"License expires in %n d (%1, reported at %2)"_s
            << 3 << u"Die Lizenz läuft in 3 Tagen ab (%1, gemeldet um %2)"_s;
        QTest::newRow("fr plural")
            << u"fr"_s << u"LicenseTracker"_s << u"License expires in %n d (%1, reported at %2)"_s
            << 3 << u"La licence expire dans 3 jours (%1, signalé à %2)"_s;
        // A keyboard shortcut stays in the portable form QKeySequence parses in any language.
        QTest::newRow("de shortcut") << u"de"_s << u"charon::ui::TerminalView"_s
                                     << u"Ctrl+Shift+C"_s << -1 << u"Ctrl+Shift+C"_s;
    }
    void knownStrings()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        // Given the catalog of the language installed
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/charon_"_s + language + u".qm"_s));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        // When the string is looked up as the code does
        const QString text = QCoreApplication::translate(
            context.toUtf8().constData(), source.toUtf8().constData(), nullptr, n);
        QCoreApplication::removeTranslator(&translator);
        // Then the translation comes out, plural forms chosen by n
        QCOMPARE(text, expected);
    }

    // Strings built by core code itself: its lookup context must be the one lupdate wrote.
    void coreCodeTranslates()
    {
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/charon_fr.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        // A free function (describeResult) and a class (ConfigParser)
        charon::core::UnitStatus masked;
        masked.loadState = u"masked"_s;
        const QString result = charon::core::describeResult(masked);
        const charon::core::ConfigSummary summary = charon::core::ConfigParser::parseFile(
            charon::test::sourceDir() + u"/no/such/charon.cfg"_s);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(result, u"l’unit est masquée"_s);
        QVERIFY(!summary.issues.isEmpty());
        QCOMPARE(summary.issues.first().message, u"fichier inexistant"_s);
    }

    void everyMessageFinished_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("locale");
        QTest::newRow("fr") << u"fr"_s << u"fr_FR"_s;
        QTest::newRow("de") << u"de"_s << u"de_DE"_s;
    }
    void everyMessageFinished()
    {
        QFETCH(QString, language);
        QFETCH(QString, locale);
        // Given the .ts file as lupdate left it
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, locale);
        QVERIFY(ts.messages.size() > 100);
        // Then no message waits for a translator, and none is left over from old sources
        QStringList open;
        for (const TsMessage &m : ts.messages) {
            const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                [](const QString &t) { return t.isEmpty(); });
            if (!m.type.isEmpty() || m.translations.isEmpty() || empty)
                open << m.context + u": "_s + m.source + u" ["_s + m.type + u']';
        }
        QVERIFY2(open.isEmpty(),
            qPrintable(u"unfinished in charon_"_s + language + u".ts:\n"_s + open.join(u'\n')));
    }

    void placeholdersMatch_data() { everyMessageFinished_data(); }
    void placeholdersMatch()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList wrong;
        for (const TsMessage &m : ts.messages) {
            // A %n the code means as a count needs plural forms (lupdate marks it numerus only
            // when the call passes n as tr()'s third argument).
            if (m.source.contains(u"%n"_s) && !m.numerus)
                wrong << m.context + u": "_s + m.source + u" (not a plural message)"_s;
            for (const QString &t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    wrong << m.context + u": "_s + m.source + u" -> "_s + t;
                if (t.count(u'&') != m.source.count(u'&'))
                    wrong << m.context + u": "_s + m.source + u" -> "_s + t + u" (accelerator)"_s;
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    // lupdate names a context after the class around a tr() call (or the namespace, in a free
    // function); the code looks strings up under a QObject's class name, a
    // Q_DECLARE_TR_FUNCTIONS name or the literal given to QCoreApplication::translate. A context
    // the code never uses means translations that never show.
    void contextsAreLookedUp()
    {
        static const QRegularExpression literal(
            uR"re((?:translate|Q_DECLARE_TR_FUNCTIONS)\(\s*"?([\w:]+)"?)re"_s);
        static const QRegularExpression qobject(uR"re(class\s+(\w+)[^;{]*\{\s*Q_OBJECT\b)re"_s);
        QSet<QString> literals;
        QSet<QString> qobjectClasses;
        for (const QString &dir : { u"core"_s, u"ui"_s, u"cli"_s, u"app"_s, u"sim"_s }) {
            QDirIterator it(charon::test::sourceDir() + u'/' + dir, { u"*.cpp"_s, u"*.h"_s },
                QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (const QRegularExpressionMatch &m : literal.globalMatch(text))
                    literals << m.captured(1);
                for (const QRegularExpressionMatch &m : qobject.globalMatch(text))
                    qobjectClasses << m.captured(1);
            }
        }
        const TsFile ts = readTs(tsPath(u"fr"_s));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList unused;
        for (const TsMessage &m : ts.messages) {
            const QString className = m.context.section(u"::"_s, -1);
            if (!literals.contains(m.context) && !qobjectClasses.contains(className)
                && !unused.contains(m.context))
                unused << m.context;
        }
        QVERIFY2(unused.isEmpty(),
            qPrintable(u"contexts no code looks up (a tr() helper with another context?): "_s
                + unused.join(u", "_s)));
    }
};

CHARON_TEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
