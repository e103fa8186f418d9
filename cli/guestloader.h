#pragma once
// Everything charon-vm shows about guests, gathered once: identity and settings from the unit
// files (exact, as written), the parsed configuration, and systemd's live state (one
// GetAll pair per guest, all in flight at once). Ends in one loaded() with the guests in name
// order. A guest whose unit file cannot be read is reported, not dropped silently.

#include "core/guest.h"

#include <QHash>
#include <QObject>

#include "cli/clicontext.h"

namespace charon::cli {

class GuestLoader : public QObject
{
    Q_OBJECT

public:
    explicit GuestLoader(CliContext *context, QObject *parent = nullptr);

    // `names` empty: every guest. `withState` false: no systemd at all (files only).
    void load(const QStringList &names = {}, bool withState = true);

    // The unit file and configuration of one guest, synchronously (no systemd).
    static std::optional<core::Guest> readFiles(
        const core::UnitFile &units, const QString &name, QString *error);

Q_SIGNALS:
    // `errors`: one sentence per guest that could not be read or asked about.
    void loaded(const QList<charon::core::Guest> &guests, const QStringList &errors);

private:
    void finishIfDone();

    CliContext *m_context;
    QList<core::Guest> m_guests;
    QStringList m_errors;
    int m_pending = 0;
    bool m_done = false;
};

} // namespace charon::cli
