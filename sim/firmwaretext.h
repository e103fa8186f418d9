// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The emulated firmware, shared by the personas that run on it: HP PA-RISC PDC (HP-UX, MPE/iX),
// Alpha SRM (OpenVMS Alpha, Tru64) and the VAX console (OpenVMS VAX). Text and the few
// firmware commands (boot, power off, show) live here so that each OS persona only adds its own.

#include "sim/persona.h"

#include <QByteArray>
#include <QString>

namespace charon::sim {

class FirmwareText
{
public:
    enum class Action { None, Boot, PowerOff };

    // PDC self-test and boot-path text, ending at the point the boot loader takes over.
    static Script pdcPowerOn(const GuestIdentity &identity, const QByteArray &bootImage);

    // SRM power-on text ending with the `>>>` prompt (no autoboot).
    static Script srmPowerOn(const GuestIdentity &identity);
    // The SRM loading a bootstrap from `device` with `flags`, just before the OS prints.
    static Script srmBootstrap(const QByteArray &device, const QByteArray &flags);
    // "halted CPU 0 ... PC = ..." then the prompt.
    static QByteArray srmHalted(int haltCode, const QByteArray &reason);
    // A line typed at `>>>`: what to print and what the machine should do.
    static Script srmCommand(const QString &line, const GuestIdentity &identity, Action *action);

    // KA655-style VAX console power-on self-test, ending at the VMB boot.
    static Script vaxPowerOn(const GuestIdentity &identity);
    static Script vaxCommand(const QString &line, Action *action);

    static QByteArray srmPrompt() { return QByteArrayLiteral(">>>"); }
    // "AlphaServer_ES40" -> "AlphaServer ES40"; `fallback` when the model is not set.
    static QByteArray displayModel(const GuestIdentity &identity, const QByteArray &fallback);
    static int memoryMB(const GuestIdentity &identity, int fallback);
};

} // namespace charon::sim
