#pragma once
// The details of the selected guest, beside the table: service settings, dates, stop script,
// console, NICs with their checks in words, license, guest OS answer and the configuration's
// problems. It reads the GuestStore and refreshes only when the shown guest changes; every
// value not known shows "-". Plain labels (selectable, so an admin can copy a path).

#include "core/gueststore.h"

#include <QHash>
#include <QScrollArea>

class QFormLayout;
class QLabel;

namespace charon::ui {

class GuestDetailsPane : public QScrollArea
{
    Q_OBJECT

public:
    // The rows of the pane; value(key) returns what is shown (tests, accessibility).
    enum class Row {
        Unit,
        State,
        LastResult,
        Job,
        Emulator,
        Config,
        WorkDir,
        Model,
        StartOnBoot,
        AutoRestart,
        StartTimeout,
        StopTimeout,
        Started,
        Stopped,
        StopScript,
        OomProtection,
        PreStart,
        Console,
        Nics,
        License,
        GuestOs,
        Problems
    };
    Q_ENUM(Row)

    explicit GuestDetailsPane(core::GuestStore *store, QWidget *parent = nullptr);

    // Shows that guest ("" shows the empty pane). Follows its changes until another is shown.
    void showGuest(const QString &name);
    QString guestName() const { return m_name; }
    QString value(Row row) const;
    QString title() const;

private:
    void addRow(QFormLayout *form, Row row, const QString &label);
    QFormLayout *addSection(const QString &title);
    void set(Row row, const QString &text, const QString &toolTip = {});
    void refresh();
    void onChanged(int row, const QString &name, core::Guest::Fields fields);

    core::GuestStore *m_store;
    QString m_name;
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_placeholder;
    QWidget *m_sections;
    QHash<Row, QLabel *> m_values;
};

} // namespace charon::ui
