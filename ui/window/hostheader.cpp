// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/window/hostheader.h"

#include "ui/style/statestyle.h"
#include "ui/window/guestcountslabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;
using charon::core::Guest;
using charon::core::GuestState;
using charon::core::GuestStore;

namespace charon::ui {

namespace {
// A coloured dot before a text, as rich text: the dot is decoration, the words carry meaning.
QString dotted(const QColor &color, const QString &text)
{
    return u"<span style=\"color:%1\">●</span>&nbsp;%2"_s.arg(color.name(), text.toHtmlEscaped());
}
} // namespace

HostHeader::HostHeader(GuestStore *store, QWidget *parent)
    : QFrame(parent)
    , m_store(store)
    , m_host(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_boot(new QLabel(this))
    , m_cpus(new QLabel(this))
    , m_memory(new QLabel(this))
    , m_memoryFigures(new QWidget(this))
    , m_memoryFree(new QLabel(m_memoryFigures))
    , m_memoryTotal(new QLabel(m_memoryFigures))
    , m_memoryBar(new QProgressBar(this))
    , m_guests(new GuestCountsLabel(this))
{
    setObjectName(u"hostHeader"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont big = m_host->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_host->setFont(big);
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connection->setTextFormat(Qt::RichText);
    // Many states wrap rather than widen the window past a small screen (so does a long
    // reason for not being connected, see updateConnection).
    m_guests->setObjectName(u"guestSummary"_s);
    m_memoryBar->setRange(0, 100);
    m_memoryBar->setTextVisible(false);
    m_memoryBar->setFixedWidth(140);
    m_memoryBar->setMaximumHeight(m_memory->fontMetrics().height());
    m_memoryBar->setAccessibleName(tr("Memory in use"));
    updateTrough();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(10, 6, 10, 6);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_host, 0, 0);
    grid->addWidget(m_connection, 1, 0);
    grid->addWidget(m_boot, 0, 1);
    grid->addWidget(m_cpus, 1, 1);
    auto *memoryBox = new QHBoxLayout;
    memoryBox->setSpacing(6);
    memoryBox->addWidget(m_memoryBar);
    memoryBox->addWidget(m_memory);
    memoryBox->addWidget(m_memoryFigures);
    memoryBox->addStretch(1);
    grid->addLayout(memoryBox, 0, 2);
    // As wide as its words (GuestCountsLabel caps it): a new count repaints them, not the rest
    // of the header's width; it still takes all there is, and wraps, in a narrow window.
    auto *guestsBox = new QHBoxLayout;
    guestsBox->addWidget(m_guests, 1000);
    guestsBox->addStretch(1);
    grid->addLayout(guestsBox, 1, 2);
    grid->setColumnStretch(2, 1);

    // The sentence's words around the two figures, in the translation's order.
    auto *figures = new QHBoxLayout(m_memoryFigures);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->setSpacing(0);
    const QString sentence = tr("Memory: %1 free of %2");
    const qsizetype first = sentence.indexOf(u"%1"_s);
    const qsizetype second = sentence.indexOf(u"%2"_s);
    const bool freeFirst = first >= 0 && (second < 0 || first < second);
    const qsizetype a = freeFirst ? first : second;
    const qsizetype b = freeFirst ? second : first;
    const auto words = [this, figures](const QString &text) {
        if (!text.isEmpty())
            figures->addWidget(new QLabel(text, m_memoryFigures));
    };
    words(sentence.left(a));
    figures->addWidget(freeFirst ? m_memoryFree : m_memoryTotal);
    words(sentence.mid(a + 2, b - a - 2));
    figures->addWidget(freeFirst ? m_memoryTotal : m_memoryFree);
    words(sentence.mid(b + 2));
    m_memoryFree->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_memoryFigures->setVisible(false);

    m_boot->setText(tr("Up since %1").arg(u"-"_s));
    m_cpus->setText(tr("CPUs: %1").arg(u"-"_s));
    m_memory->setText(tr("Memory: %1").arg(u"-"_s));

    m_memoryTimer.setObjectName(u"hostMemorySample"_s); // named for the benchmarks
    connect(&m_memoryTimer, &QTimer::timeout, this, &HostHeader::refreshHostInfo);
    connect(store, &GuestStore::connectionChanged, this, &HostHeader::updateConnection);
    connect(store, &GuestStore::disconnectionReasonChanged, this,
        [this](const QString &reason) { updateConnection(false, reason); });
    // A resync adds every guest one signal at a time: the counts are redone once per
    // event-loop turn, not once per guest.
    connect(store, &GuestStore::guestAdded, this, &HostHeader::queueGuestSummary);
    connect(store, &GuestStore::guestRemoved, this, &HostHeader::queueGuestSummary);
    connect(
        store, &GuestStore::guestChanged, this, [this](int, const QString &, Guest::Fields fields) {
            if (fields & Guest::Field::State)
                queueGuestSummary();
        });
    // The session may have started before this header was made: say why it is not connected.
    updateConnection(store->isConnected(), store->disconnectionReason());
    updateGuestSummary();
}

void HostHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateTrough();
}

void HostHeader::updateTrough()
{
    // Fusion and others paint the trough with Base, which a dark palette makes nearly the
    // window's colour: lighten it there, darken it a little on a light one.
    QPalette bar = palette();
    const QColor window = bar.color(QPalette::Window);
    const bool dark = window.lightnessF() < 0.5;
    bar.setColor(QPalette::Base, dark ? window.lighter(170) : window.darker(112));
    const QSignalBlocker quiet(m_memoryBar);
    m_memoryBar->setPalette(bar);
}

void HostHeader::setHostInfo(const core::HostInfo &info, int intervalMsec)
{
    m_info = info;
    m_watching = true;
    m_memoryTimer.setInterval(intervalMsec);
    refreshHostInfo();
    if (isVisible())
        m_memoryTimer.start();
}

void HostHeader::setHost(const QString &hostName, const QString &scope)
{
    m_hostName = hostName;
    m_scope = scope;
    const QString name = hostName.isEmpty() ? m_info.hostName() : hostName;
    // The scope words come from WindowSession as "user" / "system": shown translated.
    const QString scopeText = scope == u"user"_s ? tr("user")
        : scope == u"system"_s                   ? tr("system")
                                                 : scope;
    m_host->setText(scope.isEmpty() ? name : tr("%1 (%2)", "host (scope)").arg(name, scopeText));
}

void HostHeader::refreshHostInfo()
{
    if (!m_watching)
        return;
    m_info.refresh();
    setHost(m_hostName, m_scope);
    showBootTime(m_info.bootTime());
    const int cpus = m_info.cpuCount();
    m_cpus->setText(tr("CPUs: %1").arg(cpus > 0 ? QString::number(cpus) : u"-"_s));
    showMemory(m_info.memoryTotalKiB(), m_info.memoryAvailableKiB());
}

void HostHeader::showBootTime(const QDateTime &bootTime)
{
    if (!bootTime.isValid()) {
        m_boot->setText(tr("Up since %1").arg(u"-"_s));
        return;
    }
    const qint64 days = bootTime.daysTo(QDateTime::currentDateTime());
    const QString since = QLocale().toString(bootTime.toLocalTime(), u"yyyy-MM-dd HH:mm"_s);
    m_boot->setText(days >= 1 ? tr("Up since %1 (%2 days)").arg(since).arg(days)
                              : tr("Up since %1").arg(since));
}

void HostHeader::showMemory(qint64 totalKiB, qint64 availableKiB)
{
    if (totalKiB <= 0 || availableKiB < 0) {
        m_memory->setText(tr("Memory: %1").arg(u"-"_s));
        m_memorySentence = m_memory->text();
        m_memoryFigures->setVisible(false);
        m_memory->setVisible(true);
        m_memoryBar->setValue(0);
        return;
    }
    const qint64 available = qMin(availableKiB, totalKiB);
    const QString free = bytesText(quint64(available) * 1024);
    const QString total = bytesText(quint64(totalKiB) * 1024);
    // QLabel and QProgressBar repaint only when given something new: the same rounded figures
    // cost nothing on the wire.
    setFigure(m_memoryFree, free);
    setFigure(m_memoryTotal, total);
    m_memorySentence = tr("Memory: %1 free of %2").arg(free, total);
    m_memoryFigures->setAccessibleName(m_memorySentence);
    m_memory->setVisible(false);
    m_memoryFigures->setVisible(true);
    m_memoryBar->setValue(qRound(double(totalKiB - available) * 100.0 / double(totalKiB)));
    m_memoryBar->setToolTip(tr("%1% in use").arg(QLocale().toString(m_memoryBar->value())));
}

void HostHeader::setFigure(QLabel *label, const QString &text)
{
    if (label->text() == text)
        return;
    label->setText(text);
    // A fixed size: a new text of no greater width then asks for no new layout (which would
    // repaint the header's other labels too), only its own repaint.
    const QSize hint = label->sizeHint();
    if (hint.width() > label->maximumWidth() || label->maximumWidth() == QWIDGETSIZE_MAX
        || hint.height() != label->maximumHeight()) {
        label->setFixedSize(
            std::max(
                hint.width(), label->maximumWidth() == QWIDGETSIZE_MAX ? 0 : label->maximumWidth()),
            hint.height());
    }
}

void HostHeader::updateConnection(bool connected, const QString &reason)
{
    const QColor color = StateStyle::accent(connected ? GuestState::Active : GuestState::Failed);
    QString text = connected ? tr("Connected to systemd") : tr("Not connected to systemd");
    if (!connected && !reason.isEmpty())
        text = tr("%1: %2", "not connected: why").arg(text, reason);
    // "Connected to systemd" stays on one line; a long reason ("cannot connect to the user
    // bus: ...") wraps rather than widening the window past a small screen.
    m_connection->setWordWrap(!connected);
    m_connection->setText(dotted(color, text));
    m_connection->setAccessibleName(text); // the dot is decoration: not read
    m_connection->setToolTip(connected ? tr("States update live as systemd reports them")
                                       : tr("The states shown may be out of date"));
}

void HostHeader::queueGuestSummary()
{
    if (m_summaryQueued)
        return;
    m_summaryQueued = true;
    QMetaObject::invokeMethod(this, &HostHeader::updateGuestSummary, Qt::QueuedConnection);
}

void HostHeader::updateGuestSummary()
{
    m_summaryQueued = false;
    int counts[6] = {};
    for (const Guest &guest : m_store->guests())
        ++counts[int(guest.derived.state)];
    const int busy = counts[int(GuestState::Activating)] + counts[int(GuestState::Deactivating)];
    QList<GuestCountsLabel::Count> parts;
    QStringList spoken; // the same without the decorative dots, for screen readers
    const auto add = [&](int n, GuestState state, const QString &text) {
        if (n > 0) {
            parts << GuestCountsLabel::Count { StateStyle::accent(state),
                text.arg(QLocale().toString(n)) };
            spoken << text.arg(QLocale().toString(n));
        }
    };
    add(counts[int(GuestState::Active)], GuestState::Active, tr("%1 active"));
    add(busy, GuestState::Activating, tr("%1 changing"));
    add(counts[int(GuestState::Failed)], GuestState::Failed, tr("%1 failed"));
    add(counts[int(GuestState::Inactive)], GuestState::Inactive, tr("%1 inactive"));
    add(counts[int(GuestState::Unknown)], GuestState::Unknown, tr("%1 unknown"));
    const int total = m_store->count();
    const QString head
        = total == 1 ? tr("1 guest") : tr("%1 guests").arg(QLocale().toString(total));
    // The colon is the translation's: French sets it off with a narrow no-break space.
    const QString joined = tr("%1: %2", "guest count: counts per state");
    // Painted once per new text, and only then (GuestCountsLabel).
    m_guests->setCounts(head, parts, joined);
    const QString name = spoken.isEmpty() ? head : joined.arg(head, spoken.join(u", "_s));
    if (m_guests->accessibleName() != name)
        m_guests->setAccessibleName(name);
}

QString HostHeader::hostText() const
{
    return m_host->text();
}
QString HostHeader::bootText() const
{
    return m_boot->text();
}
QString HostHeader::cpuText() const
{
    return m_cpus->text();
}
QString HostHeader::memoryText() const
{
    return m_memorySentence.isEmpty() ? m_memory->text() : m_memorySentence;
}
int HostHeader::memoryUsedPercent() const
{
    return m_memoryBar->value();
}
QString HostHeader::connectionText() const
{
    return QTextDocumentFragment::fromHtml(m_connection->text()).toPlainText();
}
QString HostHeader::guestSummary() const
{
    return m_guests->plainText();
}

QString HostHeader::bytesText(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

void HostHeader::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    if (m_watching) {
        refreshHostInfo();
        m_memoryTimer.start();
    }
}

void HostHeader::hideEvent(QHideEvent *event)
{
    // A minimised or hidden window does not need fresh figures.
    m_memoryTimer.stop();
    QFrame::hideEvent(event);
}

} // namespace charon::ui
