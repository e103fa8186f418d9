// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// ConfigHighlighter: keywords, values, comments and unknown lines, from the profile's patterns.

#include "core/config/profileregistry.h"
#include "tests/harness/testmain.h"
#include "ui/editor/confighighlighter.h"

#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace charon::ui;
using Category = ConfigHighlighter::Category;
using Span = ConfigHighlighter::Span;

class TestConfigHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categories()
    {
        const auto par = charon::core::ProfileRegistry::forId(u"par"_s);
        QVERIFY(par);
        const QString line = u"console.port = \"10003\"  # local"_s;
        const QList<Span> spans = ConfigHighlighter::classify(line, *par);
        QVERIFY(spans.contains(Span { 24, 7, Category::Comment }));
        QVERIFY(spans.contains(Span { 0, 15, Category::Keyword }));
        QVERIFY(spans.contains(Span { 15, 7, Category::Value }));

        QCOMPARE(ConfigHighlighter::classify(u"  frobnicate the widgets"_s, *par),
            (QList<Span> { { 2, 22, Category::Unknown } }));
        QCOMPARE(ConfigHighlighter::classify(u"# all comment"_s, *par),
            (QList<Span> { { 0, 13, Category::Comment } }));
        QVERIFY(ConfigHighlighter::classify(QString(), *par).isEmpty());
        // '#' inside quotes is not a comment
        const QList<Span> quoted = ConfigHighlighter::classify(u"log_file = \"a#b.log\""_s, *par);
        for (const Span &span : quoted)
            QVERIFY(span.category != Category::Comment);
    }

    void formatsTheDocument()
    {
        const auto par = charon::core::ProfileRegistry::forId(u"par"_s);
        QTextDocument document(u"memory_size = 8192\nnonsense here\n"_s);
        ConfigHighlighter highlighter(&document, *par);
        highlighter.rehighlight();
        const QList<QTextLayout::FormatRange> first = document.firstBlock().layout()->formats();
        QVERIFY(!first.isEmpty());
        QCOMPARE(first.first().format.foreground(),
            ConfigHighlighter::formatFor(Category::Keyword).foreground());
        const QList<QTextLayout::FormatRange> second
            = document.firstBlock().next().layout()->formats();
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().format.background(),
            ConfigHighlighter::formatFor(Category::Unknown).background());
    }
};

CHARON_TEST_MAIN(TestConfigHighlighter)
#include "tst_confighighlighter.moc"
