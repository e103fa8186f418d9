// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manage/addguestwizard.h"

#include "core/config/profileregistry.h"
#include "core/privileged/helperclient.h"
#include "core/stopscript/stopscript.h"
#include "core/systemd/systemdclient.h"
#include "ui/manage/addguestsummarypage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using charon::core::Guest;
using charon::core::GuestInstaller;

namespace charon::ui {

namespace {
QString binDir()
{
    const QString env = qEnvironmentVariable("CHARON_BIN_DIR");
    return env.isEmpty() ? u"/opt/charon/bin"_s : env;
}

// A line edit with a "Browse…" button beside it.
QWidget *withBrowse(QLineEdit *edit, QPushButton *button)
{
    auto *row = new QWidget(edit->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setParent(row);
    button->setParent(row);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}
} // namespace

AddGuestWizard::AddGuestWizard(
    core::SystemdClient *client, core::UnitScope scope, const QList<Guest> &others, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_units(scope)
    , m_others(others)
    , m_stopScriptPath(core::StopScript::defaultPath(scope))
    , m_helperPath(defaultHelperPath())
    , m_emulator(new QComboBox(this))
    , m_family(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_useExisting(new QRadioButton(tr("Use an &existing configuration file"), this))
    , m_useTemplate(new QRadioButton(tr("Create a new one from the family's &template"), this))
    , m_config(new QLineEdit(this))
    , m_newConfig(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_workDir(new QLineEdit(this))
    , m_autoBoot(new QCheckBox(tr("Start the emulator when the host boots (&auto-boot)"), this))
    , m_oomProtect(new QCheckBox(tr("Protect the emulator from the &OOM killer"), this))
    , m_summary(new AddGuestSummaryPage(this))
{
    setObjectName(u"addGuestWizard"_s);
    setWindowTitle(tr("Add Guest"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Add Guest"));
    setPage(EmulatorPage, buildEmulatorPage());
    setPage(ConfigPage, buildConfigPage());
    setPage(GuestPage, buildGuestPage());
    setPage(SummaryPage, m_summary);
    resize(680, 520);
}

void AddGuestWizard::setUnitDirectory(const QString &directory)
{
    m_units = core::UnitFile(m_units.scope(), directory);
}

QStringList AddGuestWizard::findEmulators()
{
    QStringList out;
    const QDir dir(binDir());
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Executable, QDir::Name))
        out << info.absoluteFilePath();
    return out;
}

QString AddGuestWizard::defaultHelperPath()
{
    const QString here = QStandardPaths::findExecutable(
        u"charon-vm"_s, { QCoreApplication::applicationDirPath() });
    return here.isEmpty() ? QStandardPaths::findExecutable(u"charon-vm"_s) : here;
}

QWizardPage *AddGuestWizard::buildEmulatorPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Emulator"));
    page->setSubTitle(tr("The Charon emulator that runs this guest. Executables found in %1 "
                         "are listed; any other can be typed or browsed to.")
                          .arg(binDir()));
    m_emulator->setEditable(true);
    m_emulator->setObjectName(u"addGuestEmulator"_s);
    m_emulator->setAccessibleName(tr("Emulator executable"));
    m_emulator->addItems(findEmulators());
    m_emulator->setInsertPolicy(QComboBox::NoInsert);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setAccessibleName(tr("Browse for the emulator"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose the Charon emulator"),
            QFileInfo(m_emulator->currentText()).absolutePath());
        if (!file.isEmpty())
            m_emulator->setCurrentText(file);
    });
    auto *emulatorRow = new QWidget(page);
    auto *rowLayout = new QHBoxLayout(emulatorRow);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(m_emulator, 1);
    rowLayout->addWidget(browse);

    m_family->setObjectName(u"addGuestFamily"_s);
    m_family->setAccessibleName(tr("Product family"));
    m_family->addItem(tr("Detect (from the executable, then the configuration)"), QString());
    for (const core::EmulatorProfile &profile : core::ProfileRegistry::profiles())
        m_family->addItem(profile.displayName(), profile.id());
    m_detected->setObjectName(u"addGuestDetectedFamily"_s);
    m_detected->setWordWrap(true);
    connect(
        m_emulator, &QComboBox::currentTextChanged, this, &AddGuestWizard::updateDetectedFamily);
    connect(m_family, &QComboBox::currentIndexChanged, this, &AddGuestWizard::updateDetectedFamily);

    auto *form = new QFormLayout(page);
    form->addRow(tr("E&xecutable:"), emulatorRow);
    form->addRow(tr("&Family:"), m_family);
    form->addRow(QString(), m_detected);
    updateDetectedFamily();
    return page;
}

QWizardPage *AddGuestWizard::buildConfigPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Configuration"));
    page->setSubTitle(tr("The Charon configuration file the emulator reads. A new one is "
                         "written only when the guest is added."));
    m_useExisting->setChecked(true);
    m_config->setObjectName(u"addGuestConfig"_s);
    m_config->setAccessibleName(tr("Existing configuration file"));
    m_newConfig->setObjectName(u"addGuestNewConfig"_s);
    m_newConfig->setAccessibleName(tr("New configuration file"));
    m_newConfig->setPlaceholderText(
        tr("Where to write the copy, e.g. %1").arg(QDir::home().filePath(u"guests/guest.cfg"_s)));
    m_useExisting->setAccessibleName(tr("Use an existing configuration file"));
    m_useTemplate->setAccessibleName(tr("Create a new configuration from the template"));
    auto *browseExisting = new QPushButton(tr("B&rowse…"), page);
    browseExisting->setAccessibleName(tr("Browse for the configuration file"));
    auto *browseNew = new QPushButton(tr("Bro&wse…"), page);
    browseNew->setAccessibleName(tr("Choose where to write the new configuration"));
    connect(browseExisting, &QPushButton::clicked, this,
        [this] { browse(m_config, false, false, tr("Choose the configuration file")); });
    connect(browseNew, &QPushButton::clicked, this,
        [this] { browse(m_newConfig, false, true, tr("Write the new configuration to")); });
    const auto sync = [this] {
        m_config->setEnabled(m_useExisting->isChecked());
        m_newConfig->setEnabled(m_useTemplate->isChecked());
    };
    connect(m_useExisting, &QRadioButton::toggled, this, sync);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_useExisting);
    layout->addWidget(withBrowse(m_config, browseExisting));
    layout->addWidget(m_useTemplate);
    layout->addWidget(withBrowse(m_newConfig, browseNew));
    auto *note = new QLabel(tr("The template sets a console port no other guest uses, on "
                               "localhost only; review its model, memory, disks and NICs "
                               "before the first start."),
        page);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);
    sync();
    return page;
}

QWizardPage *AddGuestWizard::buildGuestPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Guest"));
    page->setSubTitle(tr("Its name (letters, digits, '-', '_' and '.'), where the emulator runs, "
                         "and how the service behaves."));
    m_name->setObjectName(u"addGuestName"_s);
    m_name->setAccessibleName(tr("Guest name"));
    m_workDir->setObjectName(u"addGuestWorkDir"_s);
    m_workDir->setAccessibleName(tr("Working directory"));
    m_autoBoot->setAccessibleName(tr("Auto-boot"));
    m_oomProtect->setAccessibleName(tr("OOM protection"));
    m_oomProtect->setToolTip(tr("The kernel's out-of-memory killer spares the emulator "
                                "(OOMScoreAdjust=-1000): another process is ended instead."));
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_workDir, &QLineEdit::textEdited, this, [this] { m_workDirEdited = true; });
    auto *browseDir = new QPushButton(tr("Brow&se…"), page);
    browseDir->setAccessibleName(tr("Browse for the working directory"));
    connect(browseDir, &QPushButton::clicked, this, [this] {
        browse(m_workDir, true, false, tr("Choose the working directory"));
        m_workDirEdited = true;
    });
    auto *form = new QFormLayout(page);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Working directory:"), withBrowse(m_workDir, browseDir));
    form->addRow(QString(), m_autoBoot);
    form->addRow(QString(), m_oomProtect);
    return page;
}

void AddGuestWizard::browse(QLineEdit *edit, bool directory, bool save, const QString &title)
{
    const QString start = edit->text().isEmpty() ? QDir::homePath() : edit->text();
    const QString chosen = directory ? QFileDialog::getExistingDirectory(this, title, start)
        : save                       ? QFileDialog::getSaveFileName(this, title, start)
                                     : QFileDialog::getOpenFileName(this, title, start);
    if (!chosen.isEmpty())
        edit->setText(chosen);
}

QString AddGuestWizard::chosenFamily() const
{
    const QString chosen = m_family->currentData().toString();
    return chosen.isEmpty() ? GuestInstaller::familyForEmulator(m_emulator->currentText()) : chosen;
}

void AddGuestWizard::updateDetectedFamily()
{
    if (!m_family->currentData().toString().isEmpty()) {
        m_detected->clear();
        return;
    }
    const auto profile = core::ProfileRegistry::forId(
        GuestInstaller::familyForEmulator(m_emulator->currentText()));
    m_detected->setText(profile
            ? tr("Detected from the executable's name: %1.").arg(profile->displayName())
            : tr("The executable's name does not tell the family: the configuration will."));
}

void AddGuestWizard::initializePage(int id)
{
    if (id == ConfigPage) { // the path is what to type next (once QWizard placed its focus)
        QLineEdit *path = m_useTemplate->isChecked() ? m_newConfig : m_config;
        QTimer::singleShot(0, path, [path] { path->setFocus(Qt::OtherFocusReason); });
    }
    const QString config = m_useTemplate->isChecked() ? m_newConfig->text() : m_config->text();
    if (id == GuestPage && !config.isEmpty()) {
        const QString absolute = QFileInfo(config).absoluteFilePath();
        if (!m_nameEdited)
            m_name->setText(core::guestNameFromConfigPath(absolute));
        if (!m_workDirEdited)
            m_workDir->setText(QFileInfo(absolute).absolutePath());
    }
    if (id == SummaryPage) {
        const GuestInstaller::Result result = preview();
        const Guest &g = result.guest;
        const auto profile = core::ProfileRegistry::forId(g.profileId);
        const QString yes = tr("yes"), no = tr("no");
        QStringList plan;
        plan << tr("Name: %1").arg(g.name) << tr("Emulator: %1").arg(g.emulator)
             << tr("Family: %1").arg(profile ? profile->displayName() : tr("unknown"))
             << (m_useTemplate->isChecked()
                        ? tr("Configuration: %1 (new, from the template)").arg(g.configPath)
                        : tr("Configuration: %1").arg(g.configPath))
             << tr("Console port: %1")
                    .arg(g.config.consolePort > 0 ? QString::number(g.config.consolePort)
                                                  : tr("none"))
             << tr("Working directory: %1").arg(g.workDir)
             << tr("Auto-boot: %1").arg(m_autoBoot->isChecked() ? yes : no)
             << tr("OOM protection: %1").arg(m_oomProtect->isChecked() ? yes : no)
             << tr("Unit: %1").arg(g.name.isEmpty() ? tr("none") : m_units.unitPath(g.name));
        m_summary->setFindings(plan, result.report);
    }
    QWizard::initializePage(id);
}

GuestInstaller::Request AddGuestWizard::request() const
{
    GuestInstaller::Request r;
    r.emulator = m_emulator->currentText().trimmed();
    r.profileId = m_family->currentData().toString();
    r.name = m_name->text().trimmed();
    r.workDir = m_workDir->text().trimmed();
    r.oomProtect = m_oomProtect->isChecked();
    if (m_useTemplate->isChecked()) {
        r.configPath = m_newConfig->text().trimmed();
        const QString family = chosenFamily();
        const QString name = r.name.isEmpty() && !r.configPath.isEmpty()
            ? core::guestNameFromConfigPath(r.configPath)
            : r.name;
        r.configText = GuestInstaller::templateText(
            family, name, GuestInstaller::suggestConsolePort(m_others));
        r.profileId = family;
    } else {
        r.configPath = m_config->text().trimmed();
    }
    return r;
}

GuestInstaller::Result AddGuestWizard::preview() const
{
    GuestInstaller::Request r = request();
    GuestInstaller::Result result = GuestInstaller::prepare(r, m_units, m_helperPath, m_others);
    if (m_useTemplate->isChecked() && r.configText.isEmpty() && !r.configPath.isEmpty())
        result.report.addProblem(core::GuestValidator::Check::Family,
            tr("choose the product family on the Emulator page: the template depends on it"));
    return result;
}

void AddGuestWizard::accept()
{
    const GuestInstaller::Request r = request();
    if (m_useTemplate->isChecked() && r.configText.isEmpty())
        return; // the summary says why (preview)
    if (core::HelperClient::isNeeded(m_units.scope())) {
        addThroughHelper(r);
        return;
    }
    core::StopScript stopScript(m_stopScriptPath);
    // Checks again: the host may have changed while the summary was shown.
    const GuestInstaller::Result result
        = GuestInstaller::install(r, m_units, stopScript, m_helperPath, m_others);
    if (!result.ok()) {
        m_summary->setFindings({}, result.report);
        if (result.report.ok())
            m_summary->showError(result.error);
        return;
    }
    m_summary->setBusy(true);
    button(QWizard::BackButton)->setEnabled(false);
    const Guest guest = result.guest;
    const bool wroteConfig = !r.configText.isEmpty();
    core::SystemdJob *job = m_client->reload();
    connect(job, &core::SystemdJob::finished, this,
        [this, guest, wroteConfig](core::SystemdJob *j) { reloaded(j, guest, wroteConfig); });
}

void AddGuestWizard::reloaded(core::SystemdJob *job, const Guest &guest, bool wroteConfig)
{
    if (job->isError()) {
        // Back to the previous state: the unit (and a config we wrote) go again.
        QString ignored;
        m_units.remove(guest.name, &ignored);
        if (wroteConfig)
            QFile::remove(guest.configPath);
        m_summary->setBusy(false);
        button(QWizard::BackButton)->setEnabled(true);
        m_summary->showError(
            tr("systemd did not reload (%1): nothing was added").arg(job->errorString()));
        return;
    }
    if (!m_autoBoot->isChecked()) {
        finishAdding(guest);
        return;
    }
    core::SystemdJob *enable = m_client->enableUnitFiles({ guest.unit });
    connect(enable, &core::SystemdJob::finished, this, [this, guest](core::SystemdJob *j) {
        if (j->isError()) {
            m_summary->setBusy(false);
            m_summary->showError(tr("guest %1 added, but auto-boot could not be turned on: %2")
                                     .arg(guest.name, j->errorString()));
            // The guest exists now (Cancel closes): the window shows it.
            Q_EMIT guestAdded(guest.name, false, false);
            return;
        }
        finishAdding(guest);
    });
}

// Not root, system scope: the privileged helper writes the unit and our drop-in (and the stop
// script's branch) after asking polkit (the admin group needs no password), with the same
// installer and validator, and reloads systemd; auto-boot is its too. A new configuration from
// the template is written first as the user (never over an existing file): the helper only
// takes files that exist.
void AddGuestWizard::addThroughHelper(GuestInstaller::Request r)
{
    const bool wroteConfig = !r.configText.isEmpty();
    if (wroteConfig) {
        QFile config(r.configPath);
        if (!config.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || config.write(r.configText) != r.configText.size() || !config.flush()) {
            m_summary->showError(tr("cannot write %1: %2; nothing was added")
                                     .arg(r.configPath, config.errorString()));
            if (config.isOpen())
                config.remove();
            return;
        }
        config.close();
        r.configText.clear();
    }
    m_summary->setBusy(true);
    button(QWizard::BackButton)->setEnabled(false);
    const auto failed = [this, wroteConfig, path = r.configPath](const QString &error) {
        if (wroteConfig)
            QFile::remove(path);
        m_summary->setBusy(false);
        button(QWizard::BackButton)->setEnabled(true);
        m_summary->showError(error);
    };
    auto *helper = core::HelperClient::addGuest(r, this);
    connect(helper, &core::HelperClient::finished, this, [this, failed](core::HelperClient *h) {
        h->deleteLater();
        if (h->isError()) {
            failed(h->errorString());
            return;
        }
        Guest guest;
        guest.unit = h->unitPath().section(u'/', -1);
        guest.name = core::guestNameFromUnit(guest.unit);
        if (!m_autoBoot->isChecked()) {
            finishAdding(guest);
            return;
        }
        auto *enable = core::HelperClient::setAutoBoot(guest.name, true, this);
        connect(enable, &core::HelperClient::finished, this, [this, guest](core::HelperClient *e) {
            e->deleteLater();
            if (e->isError()) {
                m_summary->setBusy(false);
                m_summary->showError(tr("guest %1 added, but auto-boot could not be turned on: %2")
                                         .arg(guest.name, e->errorString()));
                Q_EMIT guestAdded(guest.name, false, false);
                return;
            }
            finishAdding(guest);
        });
    });
}

void AddGuestWizard::finishAdding(const Guest &guest)
{
    m_summary->setBusy(false);
    const bool console = m_summary->openConsole()->isChecked();
    const bool start = console || m_summary->startNow()->isChecked();
    Q_EMIT guestAdded(guest.name, start, console);
    QWizard::accept();
}

} // namespace charon::ui
