// A C++ header parsed as C: classes and templates are not C.
class Widget {
public:
    int size() const;
};
template <typename T> T identity(T value);
