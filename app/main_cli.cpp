// charon-vm: the command-line companion. Parses the command line and runs one command.
#include "translations/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"charon-vm"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHARON_VERSION));
    charon::installTranslations(app);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
