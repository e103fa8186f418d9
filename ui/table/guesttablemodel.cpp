// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/table/guesttablemodel.h"

#include "core/domain/guestfacts.h"
#include "ui/style/guesttext.h"
#include "ui/style/icons.h"
#include "ui/style/statestyle.h"

#include <QFileInfo>
#include <QIcon>

using namespace Qt::StringLiterals;
using charon::core::Guest;
using charon::core::GuestStore;

namespace charon::ui {

GuestTableModel::GuestTableModel(GuestStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_activity.setInterval(m_activityInterval);
    connect(&m_activity, &QTimer::timeout, this, &GuestTableModel::advanceActivity);
    connect(store, &GuestStore::guestAboutToBeAdded, this, &GuestTableModel::onAboutToBeAdded);
    connect(store, &GuestStore::guestAdded, this, &GuestTableModel::onAdded);
    connect(store, &GuestStore::guestAboutToBeRemoved, this, &GuestTableModel::onAboutToBeRemoved);
    connect(store, &GuestStore::guestRemoved, this, &GuestTableModel::onRemoved);
    connect(store, &GuestStore::guestChanged, this, &GuestTableModel::onChanged);
    for (const Guest &guest : store->guests()) {
        trackBusy(guest);
        rememberLooks(guest);
    }
}

int GuestTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->count();
}

int GuestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Guest *GuestTableModel::guestAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_store->count())
        return nullptr;
    return &m_store->at(index.row());
}

QList<int> GuestTableModel::columnsFor(Guest::Fields fields)
{
    using F = Guest::Field;
    QList<int> columns;
    const auto add = [&](int column, Guest::Fields affecting) {
        if (fields & affecting)
            columns << column;
    };
    // Identity is the name and paths: every column may depend on it.
    add(DefaultColumn, F::Identity | F::Default);
    add(NameColumn, F::Identity | F::Config | F::Nics | F::UnitFiles);
    add(EmulatorColumn, F::Identity);
    add(ConfigColumn, F::Identity);
    add(CpuColumn, F::Identity | F::Config);
    add(MemoryColumn, F::Identity | F::Config);
    add(StateColumn, F::Identity | F::State | F::Job | F::Config | F::Dates); // + restart needed
    add(LicenseColumn, F::Identity | F::License);
    add(GuestOsColumn, F::Identity | F::OsAnswer);
    add(AutoBootColumn, F::Identity | F::Settings);
    add(ConsoleColumn, F::Identity | F::Config);
    return columns;
}

QVariant GuestTableModel::data(const QModelIndex &index, int role) const
{
    const Guest *guest = guestAt(index);
    if (!guest)
        return {};
    switch (role) {
    case Qt::AccessibleTextRole: // the star is an icon: a screen reader hears its meaning
        if (index.column() == DefaultColumn)
            return guest->isDefault ? tr("default guest") : QString();
        return displayData(*guest, index.column());
    case Qt::DisplayRole:
        return displayData(*guest, index.column());
    case Qt::DecorationRole:
        return decorationData(*guest, index.column());
    case Qt::ToolTipRole:
        return toolTipData(*guest, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case CpuColumn:
        case MemoryColumn:
        case ConsoleColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case DefaultColumn:
        case AutoBootColumn:
            return int(Qt::AlignCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case GuestNameRole:
        return guest->name;
    case StateRole:
        return int(guest->derived.state);
    case StopReasonRole:
        return int(guest->derived.reason);
    case RestartNeededRole:
        return core::restartNeeded(*guest);
    case StateTextRole:
        return StateStyle::text(*guest);
    case StateColorRole:
        return StateStyle::accent(guest->derived.state);
    case StateIconNameRole:
        return StateStyle::iconName(guest->derived.state);
    case JobTextRole:
        return core::jobKindText(guest->jobInFlight);
    case BusyRole:
        return StateStyle::isBusy(*guest);
    case SortRole:
        return sortData(*guest, index.column());
    default:
        return {};
    }
}

QVariant GuestTableModel::displayData(const Guest &guest, int column) const
{
    switch (column) {
    case DefaultColumn:
        return QString();
    case NameColumn:
        return guest.name;
    case EmulatorColumn:
        return emulatorText(guest);
    case ConfigColumn:
        return guest.configPath.isEmpty() ? GuestText::missing() : guest.configPath;
    case CpuColumn:
        return guest.config.cpus < 0 ? GuestText::missing() : QString::number(guest.config.cpus);
    case MemoryColumn:
        return memoryText(guest.config.memoryMB);
    case StateColumn: {
        const QString job = core::jobKindText(guest.jobInFlight);
        const QString state = StateStyle::text(guest);
        return job.isEmpty() ? state : state + u" · "_s + job;
    }
    case LicenseColumn:
        return GuestText::licenseHealth(guest.licenseHealth);
    case GuestOsColumn:
        return GuestText::osVerdict(guest.osAnswer.verdict);
    case AutoBootColumn:
        return GuestText::yesNo(guest.autoBoot);
    case ConsoleColumn:
        return guest.config.consolePort < 0 ? GuestText::missing()
                                            : QString::number(guest.config.consolePort);
    }
    return {};
}

QVariant GuestTableModel::decorationData(const Guest &guest, int column) const
{
    switch (column) {
    case DefaultColumn:
        return guest.isDefault ? Icons::star() : QVariant();
    case NameColumn:
        return GuestText::problems(guest).isEmpty() ? QVariant()
                                                    : Icons::level(Icons::Level::Warning);
    case StateColumn:
        return StateStyle::icon(
            guest.derived.state, StateStyle::isTransitional(guest.derived.state) ? m_frame : 0);
    case LicenseColumn:
        return Icons::license(guest.licenseHealth);
    case GuestOsColumn:
        return Icons::osAnswer(guest.osAnswer.verdict);
    case ConsoleColumn:
        return guest.config.consoleExposed && guest.config.consolePort >= 0
            ? Icons::level(Icons::Level::Warning)
            : QVariant();
    }
    return {};
}

QVariant GuestTableModel::toolTipData(const Guest &guest, int column) const
{
    switch (column) {
    case DefaultColumn:
        return guest.isDefault ? tr("Default guest: the command-line tools act on it when no "
                                    "guest is named")
                               : QVariant();
    case NameColumn: {
        const QStringList problems = GuestText::problems(guest);
        return problems.isEmpty() ? guest.unit : guest.unit + u'\n' + problems.join(u'\n');
    }
    case EmulatorColumn:
        return guest.emulator;
    case ConfigColumn:
        return guest.configPath;
    case StateColumn:
        return StateStyle::toolTip(guest);
    case LicenseColumn:
        return guest.licenseStatus.isEmpty() ? QVariant() : guest.licenseStatus;
    case GuestOsColumn: {
        const QString text = core::osAnswerText(guest.osAnswer);
        return text.isEmpty() ? QVariant() : text;
    }
    case AutoBootColumn:
        return guest.autoBoot ? tr("The emulator starts when the host boots")
                              : tr("The emulator does not start when the host boots");
    case ConsoleColumn:
        return GuestText::consoleWarning(guest.config);
    }
    return {};
}

QVariant GuestTableModel::sortData(const Guest &guest, int column) const
{
    switch (column) {
    case DefaultColumn:
        return guest.isDefault ? 0 : 1;
    case CpuColumn:
        return guest.config.cpus;
    case MemoryColumn:
        return guest.config.memoryMB;
    case StateColumn:
        return StateStyle::rank(guest.derived.state);
    case LicenseColumn: // the worst first
        return -int(guest.licenseHealth);
    case GuestOsColumn:
        return -int(guest.osAnswer.verdict);
    case AutoBootColumn:
        return guest.autoBoot ? 0 : 1;
    case ConsoleColumn:
        return guest.config.consolePort;
    default:
        return displayData(guest, column);
    }
}

QVariant GuestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DecorationRole && section == DefaultColumn)
        return Icons::star();
    if (role == Qt::ToolTipRole && section == DefaultColumn)
        return tr("Default guest of the command-line tools");
    if (role == Qt::AccessibleTextRole && section == DefaultColumn)
        return tr("Default guest");
    if (role == Qt::ToolTipRole) // the whole title, when a narrow column elides it
        return headerData(section, orientation, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DefaultColumn:
        return QString();
    case NameColumn:
        return tr("Name");
    case EmulatorColumn:
        return tr("Emulator");
    case ConfigColumn:
        return tr("Configuration");
    case CpuColumn:
        return tr("CPU");
    case MemoryColumn:
        return tr("Memory");
    case StateColumn:
        return tr("State");
    case LicenseColumn:
        return tr("License");
    case GuestOsColumn:
        return tr("Guest OS");
    case AutoBootColumn:
        return tr("Auto-boot");
    case ConsoleColumn:
        return tr("Console");
    }
    return {};
}

QHash<int, QByteArray> GuestTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(GuestNameRole, "guestName");
    names.insert(StateRole, "state");
    names.insert(StopReasonRole, "stopReason");
    names.insert(StateTextRole, "stateText");
    names.insert(StateColorRole, "stateColor");
    names.insert(StateIconNameRole, "stateIconName");
    names.insert(JobTextRole, "jobText");
    names.insert(RestartNeededRole, "restartNeeded");
    names.insert(BusyRole, "busy");
    names.insert(SortRole, "sortValue");
    return names;
}

QString GuestTableModel::emulatorText(const Guest &guest)
{
    const QString binary = QFileInfo(guest.emulator).fileName();
    if (guest.profileId.isEmpty())
        return binary.isEmpty() ? GuestText::missing() : binary;
    const QString family = guest.profileId.toUpper();
    return binary.isEmpty() ? family : u"%1 (%2)"_s.arg(family, binary);
}

QString GuestTableModel::memoryText(int megabytes)
{
    if (megabytes < 0)
        return GuestText::missing();
    if (megabytes < 1024)
        return tr("%1 MB").arg(megabytes);
    if (megabytes % 1024 == 0)
        return tr("%1 GB").arg(megabytes / 1024);
    return tr("%1 GB").arg(QLocale().toString(megabytes / 1024.0, 'f', 1));
}

void GuestTableModel::setActivityInterval(int msec)
{
    m_activityInterval = msec;
    if (msec <= 0) {
        m_activity.stop();
        return;
    }
    m_activity.setInterval(msec);
    if (!m_busy.isEmpty())
        m_activity.start();
}

void GuestTableModel::onAboutToBeAdded(int row)
{
    beginInsertRows({}, row, row);
}

void GuestTableModel::onAdded(int row, const QString & /*name*/)
{
    endInsertRows();
    trackBusy(m_store->at(row));
    rememberLooks(m_store->at(row));
}

void GuestTableModel::onAboutToBeRemoved(int row, const QString &name)
{
    beginRemoveRows({}, row, row);
    m_looks.remove(name);
    m_busy.remove(name);
    if (m_busy.isEmpty())
        m_activity.stop();
}

void GuestTableModel::onRemoved(int /*row*/, const QString & /*name*/)
{
    endRemoveRows();
}

void GuestTableModel::onChanged(int row, const QString &name, Guest::Fields fields)
{
    const Guest &guest = m_store->at(row);
    if (fields & (Guest::Field::State | Guest::Field::Job | Guest::Field::Identity))
        trackBusy(guest);
    // Only the cells that look different now: a field can change without changing what is
    // shown (a date behind a tooltip, a second report of the same state).
    QList<QString> &looks = m_looks[name];
    looks.resize(ColumnCount);
    QList<int> columns;
    for (const int column : columnsFor(fields)) {
        QString look = shownLook(guest, column);
        if (look != looks.at(column)) {
            looks[column] = std::move(look);
            columns << column;
        }
    }
    // One dataChanged per run of adjacent columns: views repaint exactly those cells.
    for (qsizetype i = 0; i < columns.size();) {
        qsizetype j = i;
        QList<int> roles = rolesFor(columns.at(i));
        while (j + 1 < columns.size() && columns.at(j + 1) == columns.at(j) + 1) {
            ++j;
            for (const int role : rolesFor(columns.at(j))) {
                if (!roles.contains(role))
                    roles << role;
            }
        }
        Q_EMIT dataChanged(index(row, columns.at(i)), index(row, columns.at(j)), roles);
        i = j + 1;
    }
}

QString GuestTableModel::shownLook(const Guest &guest, int column) const
{
    // The spinner's frame is not part of it: advanceActivity() repaints the icon by itself.
    const QVariant decoration = column == StateColumn
        ? QVariant(StateStyle::icon(guest.derived.state))
        : decorationData(guest, column);
    return displayData(guest, column).toString() + QChar(0x1f) + decoration.value<QIcon>().name();
}

void GuestTableModel::rememberLooks(const Guest &guest)
{
    QList<QString> looks;
    looks.reserve(ColumnCount);
    for (int column = 0; column < ColumnCount; ++column)
        looks << shownLook(guest, column);
    m_looks.insert(guest.name, looks);
}

QList<int> GuestTableModel::rolesFor(int column)
{
    QList<int> roles { Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleTextRole,
        SortRole };
    if (column == StateColumn) {
        roles << StateRole << StopReasonRole << StateTextRole << StateColorRole << StateIconNameRole
              << JobTextRole << RestartNeededRole << BusyRole;
    }
    return roles;
}

void GuestTableModel::trackBusy(const Guest &guest)
{
    // Only an icon that turns needs frames: a job in flight on a still state (INACTIVE ·
    // starting…) says so in words, and its icon would be repainted unchanged.
    if (StateStyle::isTransitional(guest.derived.state))
        m_busy.insert(guest.name);
    else
        m_busy.remove(guest.name);
    if (m_busy.isEmpty())
        m_activity.stop();
    else if (m_activityInterval > 0 && !m_activity.isActive())
        m_activity.start();
}

void GuestTableModel::advanceActivity()
{
    m_frame = (m_frame + 1) % StateStyle::kActivityFrames;
    const QList<int> decoration { Qt::DecorationRole };
    for (const QString &name : std::as_const(m_busy)) {
        const int row = m_store->rowOf(name);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn), decoration);
    }
}

} // namespace charon::ui
