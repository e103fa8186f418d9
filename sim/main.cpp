// charon-guest-sim: a stand-in Charon emulator (see sim/README.md).
#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return 0;
}
