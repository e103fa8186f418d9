// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/settings/servicesettingsdialog.h"

#include "core/privileged/helperclient.h"
#include "core/settings/servicesettingsapplier.h"
#include "core/units/servicesettingsvalidator.h"
#include "ui/settings/prestartscriptdialog.h"
#include "ui/style/guesttext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using charon::core::AppliedSettings;
using charon::core::ServiceSettings;

namespace charon::ui {

namespace {

const QString kDescription = u"Description"_s;
const QString kStart = u"TimeoutStartSec"_s;
const QString kStop = u"TimeoutStopSec"_s;
const QString kAutoBoot = u"AutoBoot"_s; // not a drop-in key: the unit's enablement
const QString kRestart = u"Restart"_s;
const QString kOom = u"OOMScoreAdjust"_s;
const QString kPreStart = u"ExecStartPre"_s;
const QString kBefore = u"Before"_s;
const QString kAfter = u"After"_s;

QStringList checked(const QListWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            names << list->item(i)->text();
    }
    return names;
}

// "/etc/…/override.conf": the top folder and the file; the whole path is in the tooltip and
// the status line.
QString abbreviated(const QString &path)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() <= 2)
        return path;
    return u'/' + parts.first() + u"/…/"_s + parts.last();
}

void setChecked(QListWidget *list, const QStringList &names)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(
            names.contains(list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}

} // namespace

ServiceSettingsDialog::ServiceSettingsDialog(core::SystemdClient *client,
    const core::UnitFile &units, const QString &name, const QStringList &otherGuests,
    QWidget *parent)
    : QDialog(parent)
    , m_name(name)
    , m_others(otherGuests)
    , m_applier(new core::ServiceSettingsApplier(client, units, this))
    , m_throughHelper(core::HelperClient::isNeeded(units.scope()))
    , m_description(new QLineEdit(this))
    , m_autoBoot(new QCheckBox(tr("Start with the host"), this))
    , m_autoRestart(new QCheckBox(tr("Restart when the emulator fails"), this))
    , m_oom(new QCheckBox(tr("Protect the emulator from the OOM killer"), this))
    , m_preStart(new QLineEdit(this))
    , m_editScript(new QPushButton(tr("&Edit…"), this))
    , m_before(new QListWidget(this))
    , m_after(new QListWidget(this))
    , m_problems(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this))
{
    setObjectName(u"serviceSettingsDialog"_s);
    setWindowTitle(tr("Service Settings of %1").arg(name));
    m_startTimeout = secondsBox(u"startTimeout"_s, tr("Start timeout"), 0, 9999999);
    m_stopTimeout = secondsBox(u"stopTimeout"_s, tr("Stop timeout"), 0, 9999999);
    m_startTimeout->setSpecialValueText(tr("no limit"));
    m_stopTimeout->setSpecialValueText(tr("no limit"));
    m_restartDelay = secondsBox(u"restartDelay"_s, tr("Restart delay"), 0, 999999);
    m_interval = secondsBox(u"startLimitInterval"_s, tr("Start limit interval"), 0, 9999999);
    m_burst = new QSpinBox(this);
    m_burst->setObjectName(u"startLimitBurst"_s);
    m_burst->setAccessibleName(tr("Start limit: most starts per interval"));
    m_burst->setRange(0, 9999);

    m_description->setObjectName(u"description"_s);
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("the unit's own description"));
    m_autoBoot->setObjectName(u"autoBoot"_s);
    m_autoBoot->setAccessibleName(tr("Auto-boot"));
    m_autoRestart->setObjectName(u"autoRestart"_s);
    m_autoRestart->setAccessibleName(tr("Auto-restart on failure"));
    m_oom->setObjectName(u"oomProtection"_s);
    m_oom->setAccessibleName(tr("OOM protection"));
    m_preStart->setObjectName(u"preStartScript"_s);
    m_preStart->setAccessibleName(tr("Pre-start script path"));
    m_preStart->setPlaceholderText(tr("none"));
    m_editScript->setObjectName(u"editPreStartScript"_s);
    m_editScript->setAccessibleName(tr("Edit the pre-start script"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"browsePreStartScript"_s);
    browse->setAccessibleName(tr("Choose the pre-start script"));
    for (QListWidget *list : { m_before, m_after }) {
        for (const QString &other : otherGuests) {
            auto *item = new QListWidgetItem(other, list);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(Qt::Unchecked);
        }
        list->setMaximumHeight(90);
        connect(list, &QListWidget::itemChanged, this, &ServiceSettingsDialog::validate);
    }
    m_before->setObjectName(u"startsBefore"_s);
    m_before->setAccessibleName(tr("Guests this one starts before"));
    m_after->setObjectName(u"startsAfter"_s);
    m_after->setAccessibleName(tr("Guests this one starts after"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto row = [this, form](const QString &label, QWidget *editor, const QString &key,
                         QWidget *extra = nullptr) {
        auto *field = new QWidget(this);
        auto *line = new QHBoxLayout(field);
        line->setContentsMargins(0, 0, 0, 0);
        line->addWidget(editor, 1);
        if (extra)
            line->addWidget(extra);
        if (key.isEmpty()) {
            // An empty cell as wide as the applied values: the editors line up.
            auto *blank = new QWidget(field);
            blank->setMinimumWidth(250);
            line->addWidget(blank, 1);
        } else {
            auto *applied = new QLabel(this);
            applied->setObjectName(u"applied"_s + key);
            applied->setAccessibleName(tr("%1 as systemd applies it").arg(label));
            applied->setTextInteractionFlags(Qt::TextSelectableByMouse);
            applied->setMinimumWidth(250);
            line->addWidget(applied, 1);
            m_appliedLabels.insert(key, applied);
        }
        form->addRow(label, field);
    };
    auto *heading = new QLabel(tr("<b>Applied by systemd</b>"), this);
    heading->setAlignment(Qt::AlignRight);
    form->addRow(QString(), heading);
    row(tr("&Description:"), m_description, kDescription);
    row(tr("S&tart timeout:"), m_startTimeout, kStart);
    row(tr("St&op timeout:"), m_stopTimeout, kStop);
    row(tr("Auto-&boot:"), m_autoBoot, kAutoBoot);
    row(tr("Auto-&restart:"), m_autoRestart, kRestart);
    row(tr("Restart &delay:"), m_restartDelay, {});
    auto *limit = new QWidget(this);
    auto *limitLine = new QHBoxLayout(limit);
    limitLine->setContentsMargins(0, 0, 0, 0);
    limitLine->addWidget(m_burst, 1);
    limitLine->addWidget(new QLabel(tr("starts within"), this));
    limitLine->addWidget(m_interval, 1);
    row(tr("Start &limit:"), limit, {});
    row(tr("&OOM protection:"), m_oom, kOom);
    auto *scriptButtons = new QWidget(this);
    auto *scriptLine = new QHBoxLayout(scriptButtons);
    scriptLine->setContentsMargins(0, 0, 0, 0);
    scriptLine->addWidget(browse);
    scriptLine->addWidget(m_editScript);
    row(tr("&Pre-start script:"), m_preStart, kPreStart, scriptButtons);
    row(tr("Starts &before:"), m_before, kBefore);
    row(tr("Starts &after:"), m_after, kAfter);

    m_problems->setObjectName(u"problems"_s);
    m_problems->setAccessibleName(tr("Problems with the values"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: palette(link-visited); font-weight: bold;"_s);
    m_status->setObjectName(u"status"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Reading the settings of %1…").arg(name));
    m_apply = m_buttons->button(QDialogButtonBox::Apply);
    m_apply->setObjectName(u"applySettings"_s);
    m_apply->setAccessibleName(tr("Apply the settings"));
    m_apply->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_apply, &QPushButton::clicked, this, &ServiceSettingsDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Written into %1's own drop-in (%2); the unit file and other "
                                "drop-ins are left alone.")
                                 .arg(name, units.dropInPath(name)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : { m_description, m_preStart })
        connect(edit, &QLineEdit::textChanged, this, &ServiceSettingsDialog::validate);
    for (QSpinBox *box : { m_startTimeout, m_stopTimeout, m_restartDelay, m_burst, m_interval })
        connect(box, &QSpinBox::valueChanged, this, &ServiceSettingsDialog::validate);
    for (QCheckBox *box : { m_autoBoot, m_autoRestart, m_oom })
        connect(box, &QCheckBox::toggled, this, &ServiceSettingsDialog::validate);
    connect(m_editScript, &QPushButton::clicked, this, &ServiceSettingsDialog::editScript);
    connect(browse, &QPushButton::clicked, this, &ServiceSettingsDialog::browseScript);
    connect(m_applier, &core::ServiceSettingsApplier::finished, this,
        &ServiceSettingsDialog::onFinished);
    m_applier->load(name);
}

QSpinBox *ServiceSettingsDialog::secondsBox(
    const QString &objectName, const QString &accessible, int min, int max)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(objectName);
    box->setAccessibleName(accessible);
    box->setRange(min, max);
    box->setSuffix(tr(" s"));
    return box;
}

ServiceSettings ServiceSettingsDialog::formSettings() const
{
    ServiceSettings s;
    s.description = m_description->text();
    s.startTimeoutSec = m_startTimeout->value();
    s.stopTimeoutSec = m_stopTimeout->value();
    s.autoBoot = m_autoBoot->isChecked();
    s.autoRestart = m_autoRestart->isChecked();
    s.restartDelaySec = m_restartDelay->value();
    s.startLimitBurst = m_burst->value();
    s.startLimitIntervalSec = m_interval->value();
    s.oomProtected = m_oom->isChecked();
    s.preStartScript = m_preStart->text().trimmed();
    s.before = checked(m_before);
    s.after = checked(m_after);
    return s;
}

void ServiceSettingsDialog::setForm(const ServiceSettings &s)
{
    m_description->setText(s.description);
    m_startTimeout->setValue(s.startTimeoutSec);
    m_stopTimeout->setValue(s.stopTimeoutSec);
    m_autoBoot->setChecked(s.autoBoot);
    m_autoRestart->setChecked(s.autoRestart);
    m_restartDelay->setValue(s.restartDelaySec);
    m_burst->setValue(s.startLimitBurst);
    m_interval->setValue(s.startLimitIntervalSec);
    m_oom->setChecked(s.oomProtected);
    m_preStart->setText(s.preStartScript);
    setChecked(m_before, s.before);
    setChecked(m_after, s.after);
}

QString ServiceSettingsDialog::problemsText() const
{
    return core::ServiceSettingsValidator::problems(m_name, formSettings(), m_others).join(u'\n');
}

void ServiceSettingsDialog::validate()
{
    const bool restart = m_autoRestart->isChecked();
    for (QWidget *w : { static_cast<QWidget *>(m_restartDelay), static_cast<QWidget *>(m_burst),
             static_cast<QWidget *>(m_interval) })
        w->setEnabled(restart);
    m_editScript->setEnabled(QFileInfo(m_preStart->text().trimmed()).isAbsolute());
    const QString problems = problemsText();
    m_problems->setText(problems);
    m_problems->setVisible(!problems.isEmpty());
    m_apply->setEnabled(m_loaded && problems.isEmpty() && !m_applier->isBusy() && !m_helperBusy);
}

void ServiceSettingsDialog::showApplied(const AppliedSettings &a)
{
    const ServiceSettings &s = a.applied;
    const auto list = [](const QStringList &names) {
        return names.isEmpty() ? tr("none") : names.join(u", "_s);
    };
    const auto onOff = [](bool on) { return on ? tr("on") : tr("off"); };
    const QHash<QString, QString> texts {
        { kDescription, s.description },
        { kStart, GuestText::seconds(s.startTimeoutSec) },
        { kStop, GuestText::seconds(s.stopTimeoutSec) },
        { kAutoBoot, onOff(s.autoBoot) },
        { kRestart,
            s.autoRestart ? tr("on, after %1, at most %2 starts in %3")
                                .arg(GuestText::seconds(s.restartDelaySec))
                                .arg(s.startLimitBurst)
                                .arg(GuestText::seconds(s.startLimitIntervalSec))
                          : onOff(false) },
        { kOom, onOff(s.oomProtected) },
        { kPreStart, s.preStartScript.isEmpty() ? tr("none") : s.preStartScript },
        { kBefore, list(s.before) },
        { kAfter, list(s.after) },
    };
    const QHash<QString, QStringList> keysOf {
        { kRestart,
            { kRestart, u"RestartSec"_s, u"StartLimitBurst"_s, u"StartLimitIntervalSec"_s } },
    };
    for (auto it = m_appliedLabels.cbegin(); it != m_appliedLabels.cend(); ++it) {
        QString overriddenBy;
        for (const QString &key : keysOf.value(it.key(), { it.key() })) {
            if (a.overriddenBy.contains(key)) {
                overriddenBy = a.overriddenBy.value(key);
                break;
            }
        }
        QLabel *label = it.value();
        if (overriddenBy.isEmpty()) {
            label->setText(texts.value(it.key()));
            label->setToolTip({});
            label->setStyleSheet({});
        } else {
            label->setText(
                tr("%1 — set by %2").arg(texts.value(it.key()), abbreviated(overriddenBy)));
            label->setToolTip(tr("%1, an admin's own drop-in, decides this value; ours in %2 "
                                 "is not applied.")
                                  .arg(overriddenBy, a.dropInPath));
            label->setStyleSheet(u"font-weight: bold;"_s);
        }
    }
}

void ServiceSettingsDialog::onFinished(const QString &error, const AppliedSettings &result)
{
    const bool first = !m_loaded;
    if (!result.files.isEmpty() || !result.dropInPath.isEmpty()) {
        m_applied = result;
        showApplied(result);
    }
    if (error.isEmpty()) {
        setForm(result.configured);
        m_loaded = true;
        QString text = first ? tr("Showing the values systemd applies now.")
                             : tr("Applied: systemd reloaded and applies these values.");
        QStringList keys = result.overriddenBy.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys))
            text += u'\n'
                + tr("%1 is set by %2, which overrides ours.")
                      .arg(key, result.overriddenBy.value(key));
        m_status->setText(text);
    } else {
        m_status->setText(error);
    }
    validate();
    Q_EMIT settled(error);
}

void ServiceSettingsDialog::apply()
{
    if (!problemsText().isEmpty() || m_applier->isBusy() || m_helperBusy)
        return;
    if (m_throughHelper) {
        // Not root, system scope: the privileged helper writes the drop-in after asking polkit
        // (the admin group needs no password), with the same validator and applier; then the
        // applied values are read back here. A refusal is shown as the helper words it.
        if (m_helperBusy)
            return;
        m_helperBusy = true;
        m_status->setText(tr("Asking the privileged helper to write the drop-in and reload "
                             "systemd…"));
        auto *helper = core::HelperClient::setSettings(m_name, formSettings(), this);
        connect(helper, &core::HelperClient::finished, this, [this](core::HelperClient *h) {
            h->deleteLater();
            m_helperBusy = false;
            if (h->isError()) {
                m_status->setText(
                    tr("Not applied: %1.").arg(h->errorString().section(u'\n', 0, 0)));
                validate();
                Q_EMIT settled(h->errorString());
                return;
            }
            m_applier->load(m_name);
            validate();
        });
        validate();
        return;
    }
    m_status->setText(tr("Writing the drop-in and reloading systemd…"));
    m_applier->apply(m_name, formSettings(), m_others);
    validate();
}

void ServiceSettingsDialog::editScript()
{
    PreStartScriptDialog editor(m_preStart->text().trimmed(), this);
    editor.exec();
    validate();
}

void ServiceSettingsDialog::browseScript()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Pre-start script of %1").arg(m_name), m_preStart->text().trimmed());
    if (!path.isEmpty())
        m_preStart->setText(path);
}

} // namespace charon::ui
