# toolchain-common.cmake - what platform/toolchain-arm64.cmake and
# toolchain-armhf.cmake share: Debian's cross compiler for KF_TRIPLET, the
# target's libraries from a sysroot (KF_SYSROOT, made by tools/sysroot) or,
# without one, from a multiarch install (apt-get install libsdl2-dev:ARCH ...),
# and qemu-user to run the target's programs (tests, --export).
#
#   cmake -S . -B build/arm64 -DCMAKE_TOOLCHAIN_FILE=platform/toolchain-arm64.cmake \
#         -DKF_SYSROOT=build/sysroot-arm64        # after tools/sysroot arm64 build/sysroot-arm64
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_C_COMPILER ${KF_TRIPLET}-gcc)
set(CMAKE_LIBRARY_ARCHITECTURE ${KF_TRIPLET})

# try_compile() projects read the toolchain again: pass the sysroot on
if(NOT KF_SYSROOT AND DEFINED ENV{KF_SYSROOT})
  set(KF_SYSROOT $ENV{KF_SYSROOT})
endif()
set(KF_SYSROOT "${KF_SYSROOT}" CACHE PATH "target libraries (tools/sysroot); empty: multiarch")
set(ENV{KF_SYSROOT} "${KF_SYSROOT}")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES KF_SYSROOT KF_TRIPLET KF_QEMU)

if(KF_SYSROOT)
  get_filename_component(_kf_sr "${KF_SYSROOT}" ABSOLUTE)
  set(_kf_libdirs ${_kf_sr}/usr/lib/${KF_TRIPLET} ${_kf_sr}/lib/${KF_TRIPLET} ${_kf_sr}/usr/lib
                  ${_kf_sr}/usr/lib/${KF_TRIPLET}/pulseaudio)
  set(ENV{PKG_CONFIG_SYSROOT_DIR} ${_kf_sr})
  set(ENV{PKG_CONFIG_LIBDIR}
      "${_kf_sr}/usr/lib/${KF_TRIPLET}/pkgconfig:${_kf_sr}/usr/lib/pkgconfig:${_kf_sr}/usr/share/pkgconfig")
  set(CMAKE_FIND_ROOT_PATH ${_kf_sr})
  # SDL's generated config header lives in the multiarch include folder
  set(CMAKE_C_FLAGS_INIT "-idirafter ${_kf_sr}/usr/include/${KF_TRIPLET}")
  # the linker follows the SDL libraries' own dependencies inside the sysroot
  set(_kf_link "")
  foreach(_d ${_kf_libdirs})
    string(APPEND _kf_link " -Wl,-rpath-link,${_d}")
  endforeach()
  set(CMAKE_EXE_LINKER_FLAGS_INIT "${_kf_link}")
  string(REPLACE ";" ":" _kf_ldpath "${_kf_libdirs}")
else()
  set(ENV{PKG_CONFIG_LIBDIR} "/usr/lib/${KF_TRIPLET}/pkgconfig:/usr/share/pkgconfig")
  set(_kf_ldpath "")
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# ctest runs the target's test programs under qemu-user, on the cross
# toolchain's C library (-L) and the sysroot's libraries
set(CMAKE_CROSSCOMPILING_EMULATOR ${KF_QEMU} -L /usr/${KF_TRIPLET})
if(_kf_ldpath)
  list(APPEND CMAKE_CROSSCOMPILING_EMULATOR -E LD_LIBRARY_PATH=${_kf_ldpath})
endif()
