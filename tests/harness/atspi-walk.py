#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Charon Manager authors
# SPDX-License-Identifier: GPL-2.0-or-later
# Walks the AT-SPI tree of the application named argv[1], as a screen reader sees it, and
# prints every showing interactive control without a name (exit 1 when there is one), the
# number of interactive controls, and the text the terminal (role TERMINAL) exposes.
# Used by tests/widget/tst_atspi.cpp; needs python3-pyatspi and a running AT-SPI bus.
import sys
import time

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_MENU, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TREE, pyatspi.ROLE_LIST, pyatspi.ROLE_TERMINAL, pyatspi.ROLE_SLIDER,
}


def main():
    wanted = sys.argv[1]
    desktop = pyatspi.Registry.getDesktop(0)
    # The application registers with the bus on its own time: look again, as QTRY_* would,
    # for up to 30 s.
    deadline = time.monotonic() + 30
    while True:
        apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        app = next((a for a in apps if a is not None and a.name == wanted), None)
        if app is not None or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    if app is None:
        print("no application named %s among %s" % (wanted, [a.name for a in apps if a]))
        return 2
    unnamed, count, terminal = [], 0, None
    stack = [(app, 0)]
    while stack:
        node, depth = stack.pop()
        if node is None or depth > 40:
            continue
        role = node.getRole()
        states = node.getState()
        if role != pyatspi.ROLE_APPLICATION and not states.contains(pyatspi.STATE_SHOWING):
            continue
        if role in INTERACTIVE:
            count += 1
            if not (node.name or "").strip():
                unnamed.append("%s (%s)" % (node.getRoleName(), node.description))
        if role == pyatspi.ROLE_TERMINAL and terminal is None:
            text = node.queryText()
            terminal = "%s: %s" % (node.name, text.getText(0, text.characterCount))
        children = node.childCount
        if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE):
            children = min(children, 60)  # cells are named by the model; a few rows suffice
        for i in range(children):
            stack.append((node.getChildAtIndex(i), depth + 1))
    print("interactive: %d" % count)
    print("terminal: %s" % terminal)
    for line in unnamed:
        print("unnamed: %s" % line)
    return 1 if unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
