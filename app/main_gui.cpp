// charon-manager: the desktop application. Parses the command line and opens the main window.
#include "translations/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLabel>
#include <QMainWindow>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"charon-manager"_s);
    QApplication::setApplicationDisplayName(u"Charon Manager"_s);
    QApplication::setApplicationVersion(QStringLiteral(CHARON_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/charon-manager.svg"_s));
    charon::installTranslations(app);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QMainWindow window;
    window.setCentralWidget(new QLabel(QObject::tr("Charon Manager"), &window));
    window.show();
    return QApplication::exec();
}
