#include "ui/guestdetailspane.h"

#include "ui/guesttablemodel.h"
#include "ui/guesttext.h"
#include "ui/statestyle.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using charon::core::Guest;
using charon::core::GuestStore;

namespace charon::ui {

namespace {
QString orMissing(const QString &text)
{
    return text.trimmed().isEmpty() ? GuestText::missing() : text;
}
} // namespace

GuestDetailsPane::GuestDetailsPane(GuestStore *store, QWidget *parent)
    : QScrollArea(parent)
    , m_store(store)
    , m_content(new QWidget(this))
    , m_title(new QLabel(m_content))
    , m_placeholder(new QLabel(tr("Select a guest to see its details."), m_content))
    , m_sections(new QWidget(m_content))
{
    setObjectName(u"guestDetails"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(m_content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_sections);
    layout->addStretch(1);
    auto *sections = new QVBoxLayout(m_sections);
    sections->setContentsMargins(0, 0, 0, 0);

    QFormLayout *state = addSection(tr("State"));
    addRow(state, Row::State, tr("State"));
    addRow(state, Row::LastResult, tr("Last run"));
    addRow(state, Row::Job, tr("Job"));
    addRow(state, Row::Started, tr("Started"));
    addRow(state, Row::Stopped, tr("Stopped"));
    addRow(state, Row::GuestOs, tr("Guest OS answer"));
    addRow(state, Row::License, tr("License"));

    QFormLayout *service = addSection(tr("Service"));
    addRow(service, Row::Unit, tr("Unit"));
    addRow(service, Row::StartOnBoot, tr("Start on boot"));
    addRow(service, Row::AutoRestart, tr("Restart on failure"));
    addRow(service, Row::StartTimeout, tr("Start timeout"));
    addRow(service, Row::StopTimeout, tr("Stop timeout"));
    addRow(service, Row::StopScript, tr("Stop script"));
    addRow(service, Row::OomProtection, tr("OOM protection"));
    addRow(service, Row::PreStart, tr("Pre-start script"));

    QFormLayout *machine = addSection(tr("Emulated machine"));
    addRow(machine, Row::Emulator, tr("Emulator"));
    addRow(machine, Row::Config, tr("Configuration"));
    addRow(machine, Row::WorkDir, tr("Working directory"));
    addRow(machine, Row::Model, tr("Model"));
    addRow(machine, Row::Console, tr("Console port"));
    addRow(machine, Row::Nics, tr("Network"));
    addRow(machine, Row::Problems, tr("Problems"));
    m_values.value(Row::PreStart)->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    setWidget(m_content);
    connect(store, &GuestStore::guestChanged, this, &GuestDetailsPane::onChanged);
    connect(store, &GuestStore::guestRemoved, this, [this](int, const QString &name) {
        if (name == m_name)
            showGuest({});
    });
    connect(store, &GuestStore::guestAdded, this, [this](int, const QString &name) {
        if (name == m_name)
            refresh();
    });
    refresh();
}

QFormLayout *GuestDetailsPane::addSection(const QString &title)
{
    auto *heading = new QLabel(title, m_sections);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *sections = static_cast<QVBoxLayout *>(m_sections->layout());
    if (sections->count() > 0)
        sections->addSpacing(6);
    sections->addWidget(heading);
    auto *form = new QFormLayout;
    form->setContentsMargins(8, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(2);
    sections->addLayout(form);
    return form;
}

void GuestDetailsPane::addRow(QFormLayout *form, Row row, const QString &label)
{
    auto *value = new QLabel(m_sections);
    value->setObjectName(u"value-%1"_s.arg(int(row)));
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *name = new QLabel(label, m_sections);
    name->setEnabled(false); // the palette's muted text: values stand out, labels recede
    form->addRow(name, value);
    m_values.insert(row, value);
}

void GuestDetailsPane::set(Row row, const QString &text, const QString &toolTip)
{
    QLabel *label = m_values.value(row);
    label->setText(orMissing(text));
    label->setToolTip(toolTip);
}

QString GuestDetailsPane::value(Row row) const
{
    const QLabel *label = m_values.value(row);
    return label ? label->text() : QString();
}

QString GuestDetailsPane::title() const
{
    return m_title->text();
}

void GuestDetailsPane::showGuest(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    refresh();
}

void GuestDetailsPane::onChanged(int /*row*/, const QString &name, Guest::Fields /*fields*/)
{
    if (name == m_name)
        refresh();
}

void GuestDetailsPane::refresh()
{
    const Guest *guest = m_name.isEmpty() ? nullptr : m_store->find(m_name);
    m_placeholder->setVisible(!guest);
    m_sections->setVisible(guest);
    m_title->setText(guest ? guest->name : QString());
    m_title->setVisible(guest);
    if (!guest)
        return;
    const Guest &g = *guest;
    const core::ConfigSummary &c = g.config;

    set(Row::State, StateStyle::text(g));
    set(Row::LastResult, core::describeResult(g.unitStatus));
    set(Row::Job, StateStyle::jobText(g.jobInFlight));
    set(Row::Started, GuestText::dateTime(g.startedAt));
    set(Row::Stopped, GuestText::dateTime(g.stoppedAt));
    set(Row::GuestOs, g.osAnswer);
    set(Row::License, g.licenseStatus);

    set(Row::Unit, g.unit);
    set(Row::StartOnBoot, GuestText::yesNo(g.autoBoot));
    set(Row::AutoRestart, GuestText::yesNo(g.autoRestart));
    set(Row::StartTimeout, GuestText::seconds(g.startTimeoutSec));
    set(Row::StopTimeout, GuestText::seconds(g.stopTimeoutSec));
    set(Row::StopScript, GuestText::stopScript(g.stopScript));
    set(Row::OomProtection,
        g.oomProtected ? tr("protected from the OOM killer") : tr("not protected"));
    const QString preStart = g.preStartScript.isEmpty()
        ? QString()
        : (QStringList { g.preStartScript } + g.preStartScriptHead).join(u'\n');
    set(Row::PreStart, preStart);

    set(Row::Emulator, GuestTableModel::emulatorText(g), g.emulator);
    set(Row::Config, g.configPath);
    set(Row::WorkDir, g.workDir);
    QStringList machine;
    if (!c.model.isEmpty())
        machine << c.model;
    if (c.cpus >= 0)
        machine << (c.cpus == 1 ? tr("1 CPU") : tr("%1 CPUs").arg(c.cpus));
    if (c.memoryMB >= 0)
        machine << GuestTableModel::memoryText(c.memoryMB);
    set(Row::Model, machine.join(u", "_s));
    QString console = GuestText::consolePort(c);
    if (const QString warning = GuestText::consoleWarning(c); !warning.isEmpty())
        console += u"\n⚠ "_s + warning;
    if (c.consoleCanHaltGuest())
        console
            += u"\n"_s + tr("Break/stop key set on the console: a stray key can halt the guest.");
    set(Row::Console, console);
    QStringList nics;
    for (const core::NicCheck &check : g.nicChecks)
        nics << GuestText::nic(check);
    if (nics.isEmpty()) {
        for (const core::NicConfig &nic : c.nics)
            nics << u"%1 → %2"_s.arg(nic.name, orMissing(nic.interface));
    }
    set(Row::Nics, nics.join(u'\n'));
    QStringList issues;
    for (const core::ConfigIssue &issue : c.issues)
        issues << issue.toString();
    set(Row::Problems, issues.isEmpty() ? tr("none found") : issues.join(u'\n'));
}

} // namespace charon::ui
