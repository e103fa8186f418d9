# SPDX-FileCopyrightText: 2026 The Charon Manager authors
# SPDX-License-Identifier: GPL-2.0-or-later
# Precompiled headers, shared: most of a translation unit's compile time here is parsing Qt's
# headers (about 140 000 preprocessed lines for a core .cpp, 170 000 for a widget test). Each
# *flavour* compiles those headers once into a PCH held by a small host target; every library and
# test of that flavour reuses it (REUSE_FROM) instead of compiling its own. docs/benchmarks.md
# ("Build and test time") has the measurements.
#
# GCC uses a PCH only when the flags it was made with agree with the user's: the same
# -fPIC/-fPIE (so the test flavours' hosts are executables, like the tests), the same
# sanitizers, and every macro the host defined defined alike. A user may define *more* macros, so
# each host links the fewest Qt modules its users all have (the core host only Qt6::Core; the
# headers of QtDBus and QtNetwork are reached through include paths, which do not matter). The
# test flavours are split on QT_WIDGETS_LIB because qtest.h picks QTEST_MAIN's application class
# from it. -Werror=invalid-pch turns a silently refused PCH (a slower build, nothing else) into
# an error naming the cause.
option(CHARON_PRECOMPILED_HEADERS "Share precompiled Qt headers between targets" ON)

set(_charon_pch_core
  <QtCore/QByteArray> <QtCore/QCoreApplication> <QtCore/QDateTime> <QtCore/QDir>
  <QtCore/QElapsedTimer> <QtCore/QFile> <QtCore/QFileInfo> <QtCore/QHash>
  <QtCore/QJsonArray> <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QList> <QtCore/QMap>
  <QtCore/QObject> <QtCore/QPointer> <QtCore/QProcess> <QtCore/QRegularExpression>
  <QtCore/QSaveFile> <QtCore/QSet> <QtCore/QString> <QtCore/QStringList> <QtCore/QTextStream>
  <QtCore/QTimer> <QtCore/QUrl> <QtCore/QVariant>
  <QtDBus/QDBusArgument> <QtDBus/QDBusConnection> <QtDBus/QDBusMessage> <QtDBus/QDBusMetaType>
  <QtDBus/QDBusObjectPath> <QtDBus/QDBusPendingCallWatcher> <QtDBus/QDBusPendingReply>
  <QtDBus/QDBusReply> <QtDBus/QDBusVariant>
  <QtNetwork/QHostAddress> <QtNetwork/QTcpServer> <QtNetwork/QTcpSocket>
  <algorithm> <chrono> <functional> <memory> <optional> <utility> <vector>)
set(_charon_pch_widgets ${_charon_pch_core}
  <QtGui/QColor> <QtGui/QFont> <QtGui/QFontMetrics> <QtGui/QIcon> <QtGui/QKeyEvent>
  <QtGui/QPainter> <QtGui/QPalette> <QtGui/QPixmap> <QtGui/QAction>
  <QtWidgets/QAbstractItemView> <QtWidgets/QApplication> <QtWidgets/QBoxLayout>
  <QtWidgets/QCheckBox> <QtWidgets/QComboBox> <QtWidgets/QDialog> <QtWidgets/QDialogButtonBox>
  <QtWidgets/QFormLayout> <QtWidgets/QHeaderView> <QtWidgets/QLabel> <QtWidgets/QLineEdit>
  <QtWidgets/QMainWindow> <QtWidgets/QMenu> <QtWidgets/QMessageBox> <QtWidgets/QPlainTextEdit>
  <QtWidgets/QPushButton> <QtWidgets/QSpinBox> <QtWidgets/QSplitter> <QtWidgets/QStyle>
  <QtWidgets/QStyledItemDelegate> <QtWidgets/QTabWidget> <QtWidgets/QTableView>
  <QtWidgets/QToolButton> <QtWidgets/QWidget>)
set(_charon_pch_test <QtTest/QSignalSpy> <QtTest/QTest>)

# The hosts: one empty source each, compiled with the flavour's flags.
function(_charon_pch_host name kind qt_links headers)
  set(_src "${CMAKE_BINARY_DIR}/pch-hosts/${name}.cpp")
  if(kind STREQUAL EXECUTABLE)
    file(CONFIGURE OUTPUT "${_src}" CONTENT "int main() { return 0; }\n")
    add_executable(${name} "${_src}")
  else()
    file(CONFIGURE OUTPUT "${_src}" CONTENT "// the host of a shared precompiled header\n")
    add_library(${name} STATIC "${_src}")
  endif()
  set_target_properties(${name} PROPERTIES AUTOMOC OFF)
  target_link_libraries(${name} PRIVATE charon_settings ${qt_links})
  target_include_directories(${name} PRIVATE
    $<TARGET_PROPERTY:Qt6::DBus,INTERFACE_INCLUDE_DIRECTORIES>
    $<TARGET_PROPERTY:Qt6::Network,INTERFACE_INCLUDE_DIRECTORIES>
    $<TARGET_PROPERTY:Qt6::Widgets,INTERFACE_INCLUDE_DIRECTORIES>
    $<TARGET_PROPERTY:Qt6::Test,INTERFACE_INCLUDE_DIRECTORIES>)
  target_precompile_headers(${name} PRIVATE ${headers})
  target_compile_options(${name} PRIVATE -Werror=invalid-pch)
endfunction()

if(CHARON_PRECOMPILED_HEADERS)
  _charon_pch_host(charon_pch_core STATIC Qt6::Core "${_charon_pch_core}")
  _charon_pch_host(charon_pch_widgets STATIC "Qt6::Widgets" "${_charon_pch_widgets}")
endif()

# The test flavours' hosts, made from tests/CMakeLists.txt: Qt6::Test defines
# QT_TESTCASE_BUILDDIR as the directory of the target's CMakeLists, so a host must live where the
# tests do.
function(charon_add_test_pch_hosts)
  if(NOT CHARON_PRECOMPILED_HEADERS)
    return()
  endif()
  _charon_pch_host(charon_pch_test EXECUTABLE "Qt6::Core;Qt6::DBus;Qt6::Network;Qt6::Test"
    "${_charon_pch_core};${_charon_pch_test}")
  _charon_pch_host(charon_pch_widget_test EXECUTABLE
    "Qt6::Widgets;Qt6::DBus;Qt6::Network;Qt6::Test" "${_charon_pch_widgets};${_charon_pch_test}")
endfunction()

# charon_use_pch(target core|widgets|test|widget_test): `target` reuses that flavour's PCH.
function(charon_use_pch target flavour)
  if(NOT CHARON_PRECOMPILED_HEADERS)
    return()
  endif()
  target_precompile_headers(${target} REUSE_FROM charon_pch_${flavour})
  target_compile_options(${target} PRIVATE -Werror=invalid-pch)
endfunction()
