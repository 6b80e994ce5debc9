// How to call a person by name. Korean, Chinese and Vietnamese names are often written family
// name first ("Park Min-ji", "Tran Thi Mai"): the first word is then not the name to greet them
// by, and a first-name list's guess at a pronoun for it (one such family name reads as a
// man's given name) says nothing about the person.

// Common family names of those conventions ("Lee", also a usual English given name, is left
// out). Even these are read as family names only before a given name that cannot be English
// (see familyFirst): "Kim Smith" is Kim.
const EAST_ASIAN = new Set(
  ('kim park choi jung jeong kang cho yoon jang lim han oh seo shin kwon hwang ahn yoo hong jeon ko ' +
    'moon baek heo nam noh wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin ' +
    'gao luo zheng liang xie song tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu ' +
    'du ye cheng wei su lu ding ren shen yao tan ng goh chua ong teo koh chan leung wong cheung lau ' +
    'yip tse chow kwok').split(' ')
)
// Vietnamese names are said by their last word ("Nguyen Van Minh" is Minh).
const VIETNAMESE = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly trinh dinh'.split(' ')
)

const HONORIFIC = /^(?:dr|mr|mrs|ms|mx|miss|prof|sir|dame)\.?$/i

function bare(fullName: string): string[] {
  const words = fullName.trim().split(/\s+/).filter(Boolean)
  while (words.length > 1 && HONORIFIC.test(words[0])) words.shift()
  return words
}

/**
 * Whether the name is written family name first: a known family name, then a given name that is
 * hyphenated ("Min-ji") or made of two or more words ("Van Minh", "Chee Keong"). "Kim Smith" stays
 * as written.
 */
export function familyFirst(fullName: string): boolean {
  const words = bare(fullName)
  if (words.length < 2) return false
  const family = words[0].toLowerCase()
  if (!EAST_ASIAN.has(family) && !VIETNAMESE.has(family)) return false
  const given = words.slice(1)
  return given.length >= 2 || /^\p{L}+-\p{L}+$/u.test(given[0])
}

/** The name a message greets the person by: "Maya" for Maya Chen, "Min-ji" for Park Min-ji. */
export function givenName(fullName: string): string {
  const words = bare(fullName)
  if (!familyFirst(fullName)) return words[0] ?? ''
  return VIETNAMESE.has(words[0].toLowerCase()) ? words[words.length - 1] : words.slice(1).join(' ')
}
