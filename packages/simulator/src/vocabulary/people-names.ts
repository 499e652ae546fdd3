/** Name pools for employees (CERT names are "First Middle Last"), relatives and contacts. */
export const FIRST_NAMES = `James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth
  David Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Nancy Daniel
  Lisa Matthew Betty Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew
  Donna Joshua Michelle Kenneth Dorothy Kevin Carol Brian Amanda George Melissa Edward Deborah
  Ronald Stephanie Timothy Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia Jacob Kathleen Gary Amy
  Nicholas Shirley Eric Angela Jonathan Helen Stephen Anna Larry Brenda Justin Pamela Scott Nicole
  Brandon Samantha Benjamin Katherine Samuel Emma Gregory Ruth Frank Christine Alexander Catherine
  Raymond Debra Patrick Rachel Jack Carolyn Dennis Janet Jerry Virginia Tyler Maria Aaron Heather
  Jose Diane Adam Julie Henry Joyce Nathan Victoria Douglas Kelly Zachary Christina Peter Lauren
  Kyle Joan Walter Evelyn Ethan Olivia Jeremy Judith Harold Megan Keith Cheryl Christian Martha
  Roger Andrea Noah Frances Gerald Hannah Carl Jacqueline Terry Ann Sean Gloria Austin Jean Arthur
  Kathryn Lawrence Alice Jesse Teresa Dylan Sara Bryan Janice Joe Doris Jordan Madison Billy Julia
  Bruce Grace Albert Judy Willie Abigail Gabriel Marie Logan Denise Alan Beverly Juan Amber Wayne
  Theresa Roy Marilyn Ralph Danielle Randy Diana Eugene Brittany Vincent Natalie Russell Sophia
  Elijah Rose Louis Isabella Bobby Alexis Philip Kayla Johnny Charlotte Calvin Ivana Hedwig Quinn
  Kasimir Leilani Orson Xena Ulysses Yoko Zeph Beau Dara Ignatius Lavinia Malik Priya Tariq Wen`
  .split(/\s+/)
  .filter(Boolean);

export const LAST_NAMES = `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez
  Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson
  White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres
  Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez
  Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook
  Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward
  Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez
  Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell
  Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson
  Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson
  Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald
  Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson
  Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer
  Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels
  Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold
  Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong
  Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews
  Pena Richards Contreras Willis Carpenter Lawrence Sandoval Love Lucas Kaufman Odom Yates Zamora`
  .split(/\s+/)
  .filter(Boolean);

/** Countries for travel and foreign-contact records; counter-intelligence cares about some more. */
// prettier-ignore
export const COUNTRIES = [
  'Canada', 'Mexico', 'United Kingdom', 'France', 'Germany', 'Italy', 'Spain', 'Japan',
  'Australia', 'Netherlands', 'Ireland', 'Brazil', 'India', 'South Korea', 'Israel', 'Turkey',
  'China', 'Russia', 'Ukraine', 'Vietnam', 'Thailand', 'Philippines', 'United Arab Emirates',
  'Egypt', 'Pakistan', 'Iran', 'Cuba', 'Venezuela', 'Belarus', 'Kazakhstan',
];

/** Destinations where a honey trap or recruitment approach is plausible. */
// prettier-ignore
export const HIGH_RISK_COUNTRIES = [
  'China', 'Russia', 'Iran', 'Cuba', 'Venezuela', 'Belarus', 'Vietnam', 'Pakistan', 'Ukraine',
];
