// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The strip a console tab shows above its terminal before connecting to a guest whose
// configuration makes a console key halt it (break_on / stop_on): what the key does and a
// "Connect anyway" button. Never modal: the rest of the window stays usable while it waits,
// and the tab simply does not connect until the button is pressed.

#include <QFrame>

class QLabel;
class QPushButton;

namespace charon::ui {

class ConsoleWarningStrip : public QFrame
{
    Q_OBJECT

public:
    explicit ConsoleWarningStrip(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    QPushButton *connectButton() const { return m_connect; }

Q_SIGNALS:
    void connectAnyway();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_connect;
};

} // namespace charon::ui
