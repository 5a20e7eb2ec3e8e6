# toolchain-armhf.cmake - cross-compiles keyfig for 32-bit Raspberry Pi OS
# (Pi 2, 3, Zero 2 W; ARMv7 hard-float, Debian's armhf) with Debian's
# crossbuild-essential-armhf; the programs it builds run here under qemu-arm.
# See toolchain-common.cmake.
set(CMAKE_SYSTEM_PROCESSOR armv7l)
set(KF_TRIPLET arm-linux-gnueabihf)
set(KF_QEMU qemu-arm)
set(KF_DEB_ARCH armhf)
include(${CMAKE_CURRENT_LIST_DIR}/toolchain-common.cmake)
