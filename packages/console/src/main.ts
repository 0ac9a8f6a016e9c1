// The page's entry: registers the elements; index.html holds <metodika-console>.
import './define.ts';
