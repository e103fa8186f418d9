// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The main of a shared test program: `PROGRAM SUITE [QtTest options]` runs one suite as if it
// were a program of its own; without a known suite it lists them.

#include "tests/harness/suitemain.h"

#include <cstdio>
#include <cstring>
#include <string>

int main(int argc, char *argv[])
{
    if (argc >= 2) {
        for (const charon::test::Suite *suite = charon::test::suites; suite->name; ++suite) {
            if (std::strcmp(suite->name, argv[1]) != 0)
                continue;
            // argv[0] names the suite as its own program did: Qt takes the application name
            // (and so QSettings' and QStandardPaths' test locations) from it, and suites of one
            // program run in parallel.
            std::string self = argv[0];
            const std::size_t slash = self.rfind('/');
            self = (slash == std::string::npos ? std::string() : self.substr(0, slash + 1))
                + suite->name;
            argv[1] = self.data();
            return suite->run(argc - 1, argv + 1);
        }
        std::fprintf(stderr, "%s: no suite named %s\n", argv[0], argv[1]);
    }
    std::fprintf(stderr, "usage: %s SUITE [QtTest options]\nsuites:\n", argv[0]);
    for (const charon::test::Suite *suite = charon::test::suites; suite->name; ++suite)
        std::fprintf(stderr, "  %s\n", suite->name);
    return 2;
}
