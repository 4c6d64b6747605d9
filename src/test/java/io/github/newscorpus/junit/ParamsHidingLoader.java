package io.github.newscorpus.junit;

/** Loads classes as the test's own loader does, except junit-jupiter-params, which it cannot see. */
final class ParamsHidingLoader extends ClassLoader {

  ParamsHidingLoader() {
    super(ParamsHidingLoader.class.getClassLoader());
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (name.startsWith("org.junit.jupiter.params.")) {
      throw new ClassNotFoundException(name);
    }
    return super.loadClass(name, resolve);
  }
}
