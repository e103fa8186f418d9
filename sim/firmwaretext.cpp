// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sim/firmwaretext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace charon::sim {

QByteArray FirmwareText::displayModel(const GuestIdentity &identity, const QByteArray &fallback)
{
    if (identity.model.trimmed().isEmpty())
        return fallback;
    return identity.model.trimmed().toLatin1().replace('_', ' ');
}

int FirmwareText::memoryMB(const GuestIdentity &identity, int fallback)
{
    return identity.memoryMB > 0 ? identity.memoryMB : fallback;
}

Script FirmwareText::pdcPowerOn(const GuestIdentity &identity, const QByteArray &bootImage)
{
    const int cpus = identity.cpus > 0 ? identity.cpus : 1;
    QByteArray cpuTable;
    for (int cpu = 0; cpu < cpus; ++cpu)
        cpuTable += "      " + QByteArray::number(cpu)
            + "      875  MHz   Active                 Functional         768 KB   1 MB\n";
    Script script;
    script.say("\nFirmware Version  46.34\n\n"
               "Duplex Console IO Dependent Code (IODC) revision 1\n\n"
               "------------------------------------------------------------------------------\n"
               "   (c) Copyright 1995-2005, Hewlett-Packard Company, All rights reserved\n"
               "------------------------------------------------------------------------------\n\n",
        200);
    script.say("  Processor   Speed            State           CoProcessor State  Cache Size\n"
               "  Number                                       State              Inst    Data\n"
               "  ---------  --------   ---------------------  -----------------  ------------\n"
            + cpuTable
            + "\nCentral Bus Speed (in MHz)  :        133\n"
              "Available Memory            :  "
            + QByteArray::number(memoryMB(identity, 4096) * 1024).rightJustified(9)
            + "  KB\n"
              "Good Memory Required        : Not initialized. Defaults to 32 MB.\n\n"
              "   Primary boot path:    0/0/3/0.0\n"
              "   Alternate boot path:  0/0/2/0.6\n"
              "   Console path:         0/0/4/1.0\n"
              "   Keyboard path:        0/0/4/0.0\n\n",
        300);
    script.say("Processor is booting from first available device.\n\n"
               "To discontinue, press any key within 10 seconds.\n\n",
        200);
    script.say("10 seconds expired.\nProceeding...\n\n"
               "Trying Primary Boot Path\n------------------------\nBooting...\n"
               "Boot IO Dependent Code (IODC) revision 1\n\n\nHARD Booted.\n\n"
               "ISL Revision A.00.43  Apr 12, 2000\n\nISL booting  "
            + bootImage + "\n\n",
        600);
    return script;
}

Script FirmwareText::srmPowerOn(const GuestIdentity &identity)
{
    const QByteArray model = displayModel(identity, "AlphaServer ES40");
    Script script;
    script.say("\n   OpenVMS PALcode V1.98-104, Tru64 UNIX PALcode V1.92-105\n\n"
               "starting console on CPU 0\ninitialized idle PCB\ninitializing semaphores\n"
               "initializing heap\ninitial heap 240c0\nmemory low limit = 1ac000\n",
        200);
    script.say("heap = 240c0, 17fc0\ninitializing driver structures\n"
               "initializing idle process PID\ninitializing file system\n"
               "initializing hardware\ninitializing timer data structures\n"
               "lowering IPL\nCPU 0 speed is 833 MHz\ncreate dead_eater\ncreate poll\n"
               "create timer\ncreate powerup\naccess NVRAM\n"
               "Memory size "
            + QByteArray::number(memoryMB(identity, 4096))
            + " MB\ntesting memory\n...\nprobe I/O subsystem\n"
              "probing hose 0, PCI\nprobing PCI-to-ISA bridge, bus 1\n"
              "probing hose 1, PCI\nbus 0, slot 1 -- pka -- Adaptec AIC-7895\n"
              "bus 0, slot 3 -- ewa -- DE500-BA Network Controller\n"
              "starting drivers\n",
        400);
    script.say("\n" + model + " Console V7.3-1, 2-APR-2007 15:26:28\n\n" + srmPrompt(), 200);
    return script;
}

Script FirmwareText::srmBootstrap(const QByteArray &device, const QByteArray &flags)
{
    Script script;
    script.say("\nCPU 0 booting\n\n(boot " + device + ".0.0.1.1 -flags " + flags + ")\n"
            + "block 0 of " + device + ".0.0.1.1 is a valid boot block\n"
            + "reading 1002 blocks from " + device + ".0.0.1.1\n"
            + "bootstrap code read in\n"
              "base = 200000, image_start = 0, image_bytes = 7d400\n"
              "initializing HWRPB at 2000\ninitializing page table at 3ff2e000\n"
              "initializing machine state\nsetting affinity to the primary CPU\n"
              "jumping to bootstrap code\n\n",
        500);
    return script;
}

QByteArray FirmwareText::srmHalted(int haltCode, const QByteArray &reason)
{
    return "\nhalted CPU 0\n\nhalt code = " + QByteArray::number(haltCode) + "\n" + reason
        + "\nPC = ffffffff80089870\n" + srmPrompt();
}

Script FirmwareText::srmCommand(const QString &line, const GuestIdentity &identity, Action *action)
{
    *action = Action::None;
    const QStringList w = Persona::words(line.toLower());
    if (w.isEmpty())
        return Script(srmPrompt());
    const QString verb = w.first();
    if (verb == u"b"_s || verb == u"boot"_s) {
        *action = Action::Boot;
        return {};
    }
    if (verb == u"power"_s && w.value(1) == u"off"_s) {
        *action = Action::PowerOff;
        return Script("\nPowering off system...\n");
    }
    if (verb == u"init"_s)
        return srmPowerOn(identity);
    if (verb == u"show"_s && w.value(1).startsWith(u"ver"_s))
        return Script("version                 V7.3-1 Apr  2 2007 15:26:28\n" + srmPrompt());
    if (verb == u"show"_s && w.value(1).startsWith(u"conf"_s)) {
        return Script("                   " + displayModel(identity, "AlphaServer ES40")
            + "\n\nFirmware\nSRM Console:    V7.3-1\nPALcode:        "
              "OpenVMS PALcode V1.98-104, Tru64 UNIX PALcode V1.92-105\n\n"
              "Memory    "
            + QByteArray::number(memoryMB(identity, 4096))
            + " MB\n\newa0.0.0.3.0      EWA0    00-00-F8-01-02-03\n"
              "dka0.0.0.1.1      DKA0    RZ1CB-CS  0844\n"
            + srmPrompt());
    }
    if (verb == u"help"_s)
        return Script("boot, init, power off, show config, show version\n" + srmPrompt());
    return Script(w.first().toLatin1() + ": command not found\n" + srmPrompt());
}

Script FirmwareText::vaxPowerOn(const GuestIdentity &identity)
{
    Script script;
    script.say("\nKA655-B V5.3, VMB 2.7\nPerforming normal system tests.\n", 200);
    script.say("40..39..38..37..36..35..34..33..32..31..30..29..28..27..26..25..\n"
               "24..23..22..21..20..19..18..17..16..15..14..13..12..11..10..09..\n"
               "08..07..06..05..04..03..\nTests completed.\n",
        600);
    script.say("Loading system software.\n(BOOT/R5:0 DUA0)\n\n  2..\n-DUA0\n  1..0..\n\n", 400);
    Q_UNUSED(identity);
    return script;
}

Script FirmwareText::vaxCommand(const QString &line, Action *action)
{
    *action = Action::None;
    const QStringList w = Persona::words(line.toUpper());
    if (w.isEmpty())
        return Script(srmPrompt());
    if (w.first() == u"B"_s || w.first() == u"BOOT"_s) {
        *action = Action::Boot;
        return {};
    }
    if (w.first() == u"SHOW"_s && w.value(1).startsWith(u"VER"_s))
        return Script("KA655-B V5.3, VMB 2.7\n" + srmPrompt());
    return Script("?31 ILL CMD\n" + srmPrompt());
}

} // namespace charon::sim
