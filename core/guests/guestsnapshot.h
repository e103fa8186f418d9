#pragma once
// Everything charon-vm shows about guests, gathered once: identity and settings from the unit
// files (exact, as written), the parsed configuration, and systemd's live state. Ends in one
// loaded() with the guests in name order. A guest whose unit file cannot be read is reported,
// not dropped silently.
//
// What systemd is asked, by detail level (see docs/benchmarks.md for what each costs):
//  - Files: nothing.
//  - Summary (the list table): one ListUnitsByPatterns round trip gives every loaded guest's
//    load/active/sub state; GetAll only for the loaded guests that are inactive (their Result
//    tells a requested stop from a failure). Enablement is read from the links beside the unit
//    files (UnitEnablement): systemd's ListUnitFilesByPatterns would take 0.3 s at 200 guests.
//  - Full (status, --json): the same round trip, then GetAll(Unit) + GetAll(Service) for every
//    guest systemd holds in memory, all in flight at once (their UnitFileState is systemd's).
// A guest systemd does not hold in memory (never started, or garbage-collected after it
// stopped) is NOT asked about: addressing it would make systemd load its unit file from disk
// only to report what a freshly loaded unit always reports (inactive, dead, no timestamps),
// and drop it again moments later. It is built that way from its files, loadState "masked"
// when its file is masked, else "loaded". The cost of the shortcut: a broken unit file that
// systemd would load as "bad-setting" shows as inactive until something loads it.

#include "core/domain/guest.h"
#include "core/units/unitenablement.h"
#include "core/systemd/unitproperties.h"

#include <QHash>
#include <QObject>

#include "cli/clicontext.h"
#include <optional>

namespace charon::core {
struct GuestUnitEntry;
}

namespace charon::cli {

class GuestLoader : public QObject
{
    Q_OBJECT

public:
    enum class Detail { Files, Summary, Full };

    explicit GuestLoader(CliContext *context, QObject *parent = nullptr);

    // `names` empty: every guest.
    void load(const QStringList &names = {}, Detail detail = Detail::Full);

    // The unit file and configuration of one guest, synchronously (no systemd).
    static std::optional<core::Guest> readFiles(
        const core::UnitFile &units, const QString &name, QString *error);

Q_SIGNALS:
    // `errors`: one sentence per guest that could not be read or asked about.
    void loaded(const QList<charon::core::Guest> &guests, const QStringList &errors);

private:
    void onListed(const QList<core::GuestUnitEntry> &entries);
    void fetch(qsizetype row);
    // Rebuilds row `row` from systemd's view, keeping identity as the unit file has it.
    void apply(qsizetype row, const core::UnitProperties &properties);
    void finishIfDone();

    CliContext *m_context;
    Detail m_detail = Detail::Full;
    QList<core::Guest> m_guests;
    QStringList m_errors;
    std::optional<core::UnitEnablement> m_enablement;
    int m_pending = 0;
    bool m_done = false;
};

} // namespace charon::cli
