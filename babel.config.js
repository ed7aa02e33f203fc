// Taro's Babel preset for the app build (src/ and the shared types/).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', useBuiltIns: false }]],
};
