/* Which Apple OS a header is parsed for, as an SDK's TargetConditionals.h decides it (the clang builtin it tests first,
   then the deployment-target macro clang predefines), without the SDK. */
#if defined(__APPLE__)
#  if __is_target_os(macos) && defined(__ENVIRONMENT_MAC_OS_X_VERSION_MIN_REQUIRED__)
#    define TARGET_OS_OSX 1
#    define TARGET_OS_IPHONE 0
#  elif __is_target_os(ios) || defined(__ENVIRONMENT_IPHONE_OS_VERSION_MIN_REQUIRED__)
#    define TARGET_OS_OSX 0
#    define TARGET_OS_IPHONE 1
#  endif
#endif

#if TARGET_OS_OSX
int apple_macos_only(void);
#define APPLE_MACOS_MIN __ENVIRONMENT_MAC_OS_X_VERSION_MIN_REQUIRED__
#endif
#if TARGET_OS_IPHONE
int apple_ios_only(void);
#endif
int apple_everywhere(void);
