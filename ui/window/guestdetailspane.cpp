// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/window/guestdetailspane.h"

#include "core/domain/guestfacts.h"
#include "ui/style/guesttext.h"
#include "ui/style/statestyle.h"
#include "ui/table/guesttablemodel.h"
#include "ui/window/guestdetailsaccessible.h"

#include <QAccessible>
#include <QEvent>
#include <QScrollBar>
#include <QUrl>

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
    : QTextBrowser(parent)
    , m_store(store)
{
    setObjectName(u"guestDetails"_s);
    // Screen readers get the fields as a table of names and values, not one long text.
    static const bool accessible = [] {
        QAccessible::installFactory(&GuestDetailsAccessible::create);
        return true;
    }();
    Q_UNUSED(accessible);
    setFrameShape(QFrame::NoFrame);
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() == u"charon:logs"_s && !title().isEmpty())
            Q_EMIT logsRequested(m_name);
    });
    using R = Row;
    m_sections = {
        { tr("State"),
            { { R::State, tr("State") }, { R::LastResult, tr("Last run") }, { R::Job, tr("Job") },
                { R::Started, tr("Started") }, { R::Stopped, tr("Stopped") },
                { R::License, tr("License") }, { R::GuestOs, tr("Guest OS") } } },
        { tr("Service"),
            { { R::Unit, tr("Unit") }, { R::StartOnBoot, tr("Start on boot") },
                { R::AutoRestart, tr("Restart on failure") },
                { R::StartTimeout, tr("Start timeout") }, { R::StopTimeout, tr("Stop timeout") },
                { R::StopScript, tr("Stop script") }, { R::OomProtection, tr("OOM protection") },
                { R::PreStart, tr("Pre-start script") } } },
        { tr("Emulated machine"),
            { { R::Emulator, tr("Emulator") }, { R::Config, tr("Configuration") },
                { R::WorkDir, tr("Working directory") }, { R::Model, tr("Model") },
                { R::Console, tr("Console port") }, { R::Nics, tr("Network") },
                { R::Problems, tr("Problems") } } },
    };
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

void GuestDetailsPane::set(Row row, const QString &text)
{
    m_values.insert(row, orMissing(text));
}

QString GuestDetailsPane::value(Row row) const
{
    return m_values.value(row);
}

QList<QPair<QString, QString>> GuestDetailsPane::pairs() const
{
    QList<QPair<QString, QString>> out;
    if (title().isEmpty())
        return out;
    for (const Section &section : m_sections) {
        for (const auto &[row, label] : section.rows) {
            if (m_values.contains(row))
                out.append({ label, m_values.value(row) });
        }
    }
    return out;
}

QString GuestDetailsPane::title() const
{
    return m_name.isEmpty() || !m_store->find(m_name) ? QString() : m_name;
}

void GuestDetailsPane::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render(); // the muted label colour comes from the palette
}

void GuestDetailsPane::render()
{
    const int scroll = verticalScrollBar()->value();
    if (title().isEmpty()) {
        setHtml(
            u"<p style=\"color:%1\">%2</p>"_s.arg(palette().color(QPalette::PlaceholderText).name(),
                tr("Select a guest to see its details.").toHtmlEscaped()));
        return;
    }
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const auto html
        = [](const QString &text) { return text.toHtmlEscaped().replace(u'\n', u"<br>"_s); };
    QString doc = u"<h3 style=\"margin-bottom:2px\">%1</h3>"_s.arg(html(m_name));
    doc += u"<table cellspacing=\"0\" cellpadding=\"1\" width=\"100%\">"_s;
    for (const Section &section : std::as_const(m_sections)) {
        doc += u"<tr><td colspan=\"2\" style=\"padding-top:8px\"><b>%1</b></td></tr>"_s.arg(
            html(section.title));
        for (const auto &[row, label] : section.rows) {
            QString value = html(m_values.value(row));
            if (row == Row::PreStart)
                value = u"<span style=\"font-family:monospace\">%1</span>"_s.arg(value);
            doc += u"<tr><td valign=\"top\" style=\"color:%1; padding-left:8px; "
                   "padding-right:10px\">%2</td><td valign=\"top\">%3</td></tr>"_s.arg(
                       muted, html(label), value);
        }
    }
    doc += u"</table>"_s;
    doc += u"<p style=\"margin-top:10px\"><a href=\"charon:logs\">%1</a></p>"_s.arg(
        html(tr("Logs and history…")));
    setHtml(doc);
    verticalScrollBar()->setValue(scroll); // a state change must not scroll the reader away
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
    m_values.clear();
    if (!guest) {
        render();
        return;
    }
    const Guest &g = *guest;
    const core::ConfigSummary &c = g.config;

    set(Row::State, StateStyle::text(g));
    set(Row::LastResult, core::describeResult(g.unitStatus));
    set(Row::Job, core::jobKindText(g.jobInFlight));
    set(Row::Started, GuestText::dateTime(g.startedAt));
    set(Row::Stopped, GuestText::dateTime(g.stoppedAt));
    set(Row::License, g.licenseStatus);
    set(Row::GuestOs, core::osAnswerText(g.osAnswer));

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

    set(Row::Emulator,
        g.emulator.isEmpty() ? QString() : GuestTableModel::emulatorText(g) + u'\n' + g.emulator);
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
    // Everything that needs the admin's eye, as the table's warning icon counts it: the
    // configuration's issues and the NICs that fail a check.
    QStringList issues;
    for (const core::ConfigIssue &issue : c.issues)
        issues << issue.toString();
    for (const core::NicCheck &check : g.nicChecks) {
        if (check.hasProblem())
            issues << GuestText::nic(check);
    }
    if (g.unitFilesChanged)
        issues << GuestText::unitFilesChanged();
    set(Row::Problems, issues.isEmpty() ? tr("none found") : issues.join(u'\n'));
    render();
}

} // namespace charon::ui
