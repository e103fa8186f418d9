#pragma once
// `charon-vm remove NAME [--force]`: removes the guest's unit and our drop-in (kept as .bak)
// after disabling it; never touches its configuration or disks. Refuses while the guest runs,
// unless --force, which stops it first (a clean stop through the stop script).

#include "cli/clicommand.h"

namespace charon::cli {

class RemoveCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QList<QCommandLineOption> options() const override;
    QString synopsis() const override { return QStringLiteral("remove [--force] NAME"); }
    QString summary() const override;
    void run(const QCommandLineParser &parser, const QStringList &args) override;

private:
    void disableAndRemove();

    QString m_name;
};

} // namespace charon::cli
