// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The details of the selected guest, beside the table: service settings, dates, stop script,
// console, NICs with their checks in words, license, guest OS answer and the configuration's
// problems. It reads the GuestStore and refreshes only when the shown guest changes; every
// value not known shows "-". One read-only rich-text document (text wraps to any width, an
// admin can select and copy a path) rather than dozens of label widgets.

#include "core/guests/gueststore.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QTextBrowser>

namespace charon::ui {

class GuestDetailsPane : public QTextBrowser
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
    // The fields shown, in order, as (name, value): what a screen reader reads as a table
    // (GuestDetailsAccessible). Empty when no guest is shown.
    QList<QPair<QString, QString>> pairs() const;
    QString title() const;

Q_SIGNALS:
    // The "Logs and history" link of the shown guest.
    void logsRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Section
    {
        QString title;
        QList<QPair<Row, QString>> rows; // row and its label
    };
    void set(Row row, const QString &text);
    void refresh();
    void render();
    void onChanged(int row, const QString &name, core::Guest::Fields fields);

    core::GuestStore *m_store;
    QString m_name;
    QList<Section> m_sections;
    QHash<Row, QString> m_values;
};

} // namespace charon::ui
