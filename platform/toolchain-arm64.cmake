# toolchain-arm64.cmake - cross-compiles keyfig for 64-bit Raspberry Pi OS
# (Pi 3, 4, 5; Pi Zero 2 W) with Debian's crossbuild-essential-arm64; the
# programs it builds run here under qemu-aarch64. See toolchain-common.cmake.
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(KF_TRIPLET aarch64-linux-gnu)
set(KF_QEMU qemu-aarch64)
set(KF_DEB_ARCH arm64)
include(${CMAKE_CURRENT_LIST_DIR}/toolchain-common.cmake)
