// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The end of a suite file: CHARON_TEST_MAIN(TestFoo) or CHARON_TEST_GUILESS_MAIN(TestFoo), the
// same as QtTest's QTEST_MAIN/QTEST_GUILESS_MAIN (the same application object, initMain, test
// data path). The suites of a folder share one program (tests/CMakeLists.txt): there, the
// build names each suite's entry point through CHARON_SUITE_ENTRY and harness/suitemain.cpp
// calls it by the suite's name; a file built alone gets QtTest's own main.

#include <QTest>

#ifdef CHARON_SUITE_ENTRY
int CHARON_SUITE_ENTRY(int argc, char *argv[]);
#define CHARON_TEST_MAIN_WRAPPER(TestObject, ...)                                                  \
    int CHARON_SUITE_ENTRY(int argc, char *argv[])                                                 \
    {                                                                                              \
        QTest::Internal::callInitMain<TestObject>();                                               \
        __VA_ARGS__                                                                                \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
#define CHARON_TEST_MAIN(TestObject) CHARON_TEST_MAIN_WRAPPER(TestObject, QTEST_MAIN_SETUP())
#define CHARON_TEST_GUILESS_MAIN(TestObject)                                                       \
    CHARON_TEST_MAIN_WRAPPER(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
#else
#define CHARON_TEST_MAIN(TestObject) QTEST_MAIN(TestObject)
#define CHARON_TEST_GUILESS_MAIN(TestObject) QTEST_GUILESS_MAIN(TestObject)
#endif
